package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.Message;
import java.util.List;

/** The messages of a conversation, for its visitor or a live chat user. */
public interface ReadMessagesUseCase {
    List<Message> messages(ReadMessagesCommand command);
}
