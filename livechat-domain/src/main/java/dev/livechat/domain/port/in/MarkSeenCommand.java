package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;

/** The caller has read the conversation up to message {@code seq}. */
public record MarkSeenCommand(Caller caller, ConversationId conversation, long seq) {
    public MarkSeenCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.that(seq >= 0, "seq", "must not be negative");
    }
}
