package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a conversation's append-only log. {@code seq} numbers the messages of one
 * conversation 1, 2, 3 … Every message is visible to the visitor; internal facts (notes, tags)
 * are never messages.
 */
public record Message(
        ConversationId conversationId,
        long seq,
        AuthorKind authorKind,
        Optional<UserId> authorId,
        String authorName,
        MessageBody body,
        Instant sentAt) {
    public Message {
        Require.present("conversationId", conversationId);
        Require.that(seq >= 1, "seq", "starts at 1");
        Require.present("authorKind", authorKind);
        Require.present("authorId", authorId);
        Require.present("authorName", authorName);
        Require.present("body", body);
        Require.present("sentAt", sentAt);
    }
}
