package dev.livechat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.report.ExportedConversation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON Lines: one JSON object per conversation, each on its own line (the encoder escapes line
 * breaks inside strings), every field present, null when empty; no header, no enclosing array.
 */
final class JsonLinesExportWriter extends ExportWriter {
    private final Writer out;
    private final ObjectMapper mapper;

    JsonLinesExportWriter(Writer out, ObjectMapper mapper) {
        this.out = out;
        this.mapper = mapper;
    }

    record OperatorLine(String id, String name) {}

    /** One line; the field names are the CSV's columns. */
    record Line(
            String id,
            String channelId,
            String channel,
            String startedAt,
            String closedAt,
            String outcome,
            List<OperatorLine> operators,
            List<String> tags,
            List<String> expertise,
            String country,
            String language,
            Double firstResponseSeconds,
            long messages,
            String rating) {
        static Line of(ExportedConversation r) {
            return new Line(
                    r.id().value(),
                    r.channel().id().value(),
                    r.channel().name(),
                    r.timing().startedAt().toString(),
                    instant(r.timing().closedAt()),
                    r.outcome().map(Enum::name).orElse(null),
                    r.operators().stream()
                            .map(o -> new OperatorLine(o.id().value(), o.name()))
                            .toList(),
                    r.labels().tags(),
                    r.labels().expertise(),
                    r.visitor().country().orElse(null),
                    r.visitor().language().orElse(null),
                    seconds(r.timing().firstResponse()),
                    r.figures().messages(),
                    r.figures().rating().orElse(null));
        }
    }

    @Override
    void start() {
        // JSON Lines has no header
    }

    @Override
    void write(ExportedConversation row) throws IOException {
        out.write(mapper.writeValueAsString(Line.of(row)));
        out.write('\n');
    }

    @Override
    void end() throws IOException {
        out.flush();
    }
}
