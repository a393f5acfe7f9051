package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.Message;

/** The visitor writes; a reply while WAITING_FOR_CUSTOMER turns the status back to IN_PROGRESS. */
public interface PostVisitorMessageUseCase {
    Message postVisitorMessage(PostMessageCommand command);
}
