package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a conversation. */
public record ConversationId(String value) {
    public ConversationId {
        value = Require.id("conversationId", value);
    }

    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
