package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;

public record ReadMessagesCommand(Caller caller, ConversationId conversation, long afterSeq, int limit) {
    public static final int MAX_LIMIT = 1000;

    public ReadMessagesCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.that(afterSeq >= 0, "after", "must not be negative");
        Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1–" + MAX_LIMIT);
    }
}
