package dev.livechat.domain.panel;

import dev.livechat.domain.error.Require;
import java.time.Duration;

/** Which recent conversations the panel lists: the last {@code limit} of the last {@code within}. */
public record RecentWindow(int limit, Duration within) {
    public RecentWindow {
        Require.that(limit >= 1 && limit <= 100, "recent.limit", "must be 1–100");
        Require.that(within != null && !within.isNegative() && !within.isZero(), "recent.within", "must be positive");
    }

    public static RecentWindow byDefault() {
        return new RecentWindow(5, Duration.ofDays(7));
    }
}
