package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;

/** The plain text of a message, 1–10,000 characters. */
public record MessageBody(String value) {
    public static final int MAX_LENGTH = 10_000;

    public MessageBody {
        value = Require.text("body", value, MAX_LENGTH);
    }

    public static MessageBody of(String value) {
        return new MessageBody(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
