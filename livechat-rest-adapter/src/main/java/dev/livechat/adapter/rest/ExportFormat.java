package dev.livechat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.error.InvalidValueException;
import java.io.Writer;
import java.util.Locale;

/** How an export is written: CSV for spreadsheets, JSON Lines for data pipelines. */
enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static ExportFormat parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("format", "must be csv or jsonl, was '" + raw + "'");
        }
    }

    ExportWriter writer(Writer out, ObjectMapper mapper) {
        return this == CSV ? new CsvExportWriter(out) : new JsonLinesExportWriter(out, mapper);
    }
}
