package dev.livechat.domain.offline;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;

/** Who marked an offline message handled, and when. */
public record Handling(UserId by, String byName, Instant at) {
    public Handling {
        Require.present("handledBy", by);
        Require.present("handledByName", byName);
        Require.present("handledAt", at);
    }
}
