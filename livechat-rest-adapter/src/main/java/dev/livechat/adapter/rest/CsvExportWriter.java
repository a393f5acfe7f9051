package dev.livechat.adapter.rest;

import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ExportedConversation.ExportedOperator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 has it: a header line, CRLF after every record, and a field quoted (its quotes
 * doubled) when it holds a quote, a comma, CR or LF. Text that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or CR) gets a leading apostrophe first (OWASP, "CSV
 * injection"), so that opening an export never runs what a visitor or an operator typed.
 * Multi-valued fields (operators, tags, expertise) are joined by "; ".
 */
final class CsvExportWriter extends ExportWriter {
    static final List<String> COLUMNS = List.of(
            "id",
            "channelId",
            "channel",
            "startedAt",
            "closedAt",
            "outcome",
            "operators",
            "operatorIds",
            "tags",
            "expertise",
            "country",
            "language",
            "firstResponseSeconds",
            "messages",
            "rating");
    private static final String SEPARATOR = "; ";

    private final Writer out;

    CsvExportWriter(Writer out) {
        this.out = out;
    }

    @Override
    void start() throws IOException {
        record(COLUMNS);
    }

    @Override
    void write(ExportedConversation r) throws IOException {
        record(java.util.Arrays.asList(
                r.id().value(),
                r.channel().id().value(),
                r.channel().name(),
                r.timing().startedAt().toString(),
                instant(r.timing().closedAt()),
                r.outcome().map(Enum::name).orElse(null),
                joined(r.operators().stream().map(ExportedOperator::name).toList()),
                joined(r.operators().stream().map(o -> o.id().value()).toList()),
                joined(r.labels().tags()),
                joined(r.labels().expertise()),
                r.visitor().country().orElse(null),
                r.visitor().language().orElse(null),
                number(seconds(r.timing().firstResponse())),
                Long.toString(r.figures().messages()),
                r.figures().rating().orElse(null)));
    }

    @Override
    void end() throws IOException {
        out.flush();
    }

    private void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, neutralised for spreadsheets, then quoted if RFC 4180 needs it; null is empty. */
    static String field(String value) {
        if (value == null || value.isEmpty()) return "";
        String text = looksLikeFormula(value) ? "'" + value : value;
        boolean quote =
                text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(SEPARATOR));
    }

    private static String number(Double value) {
        if (value == null) return null;
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }
}
