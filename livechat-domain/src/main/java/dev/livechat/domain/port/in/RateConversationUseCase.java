package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.Rating;

/** The visitor rates their conversation, once, while it is open or within a day of its close. */
public interface RateConversationUseCase {
    Rating rate(RateConversationCommand command);
}
