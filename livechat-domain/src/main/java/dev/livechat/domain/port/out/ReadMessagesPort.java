package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import java.util.List;

/** Reads a conversation's message log. */
public interface ReadMessagesPort {
    /** Messages with a sequence number above {@code afterSeq}, in order, at most {@code limit}. */
    List<Message> messagesAfter(ConversationId conversation, long afterSeq, int limit);
}
