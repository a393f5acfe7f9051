package dev.livechat.domain.operator;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a user (operator, manager or internal user). */
public record UserId(String value) {
    public UserId {
        value = Require.id("userId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
