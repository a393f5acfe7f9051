package dev.livechat.adapter.rest;

import dev.livechat.domain.report.ExportedConversation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Writes an export row by row to the response as it is read: nothing is held but the writer's buffer. */
abstract sealed class ExportWriter permits CsvExportWriter, JsonLinesExportWriter {
    private boolean started;

    /** Writes the row (and, before the first, whatever starts the document). */
    final void row(ExportedConversation row) {
        try {
            if (!started) start();
            started = true;
            write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the document, which may have no row at all. */
    final void finish() throws IOException {
        if (!started) start();
        started = true;
        end();
    }

    /** Whether anything was handed to the response: after that, a failure can no longer become a problem answer. */
    final boolean started() {
        return started;
    }

    abstract void start() throws IOException;

    abstract void write(ExportedConversation row) throws IOException;

    abstract void end() throws IOException;

    static String instant(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    /** Seconds, to the millisecond: 42.5 rather than PT42.5S, for spreadsheets and warehouses alike. */
    static Double seconds(Optional<Duration> duration) {
        return duration.map(d -> d.toMillis() / 1000.0).orElse(null);
    }
}
