package dev.livechat.domain.transcript;

import dev.livechat.domain.error.Require;

/** A caller's key that makes a repeated transcript request the same request (sent at most once). */
public record IdempotencyKey(String value) {
    public IdempotencyKey {
        value = Require.text("Idempotency-Key", value, 200);
        Require.that(
                value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e),
                "Idempotency-Key",
                "may hold only visible ASCII characters");
    }
}
