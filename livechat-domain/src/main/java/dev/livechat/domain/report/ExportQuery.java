package dev.livechat.domain.report;

import dev.livechat.domain.error.Require;
import java.time.Instant;

/** Every conversation started in [from, to), open or closed, for an export. */
public record ExportQuery(Instant from, Instant to) {
    public ExportQuery {
        Require.present("from", from);
        Require.present("to", to);
        Require.that(from.isBefore(to), "to", "must be after from (" + from + "), was " + to);
    }
}
