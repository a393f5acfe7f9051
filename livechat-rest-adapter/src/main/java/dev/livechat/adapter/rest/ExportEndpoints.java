package dev.livechat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.report.ExportQuery;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * {@code GET /reports/conversations/export}: every conversation started in [from, to), one row each,
 * written to the response while the storage reads it page by page, so that neither side holds the
 * range. Everything that can be refused (the token, the parameters, the role) is checked before the
 * first byte; a failure after it aborts the connection, so a client never takes a cut export for a
 * whole one (the chunked answer ends without its last chunk).
 */
final class ExportEndpoints {
    /** Bytes gathered before each write to the response. */
    private static final int BUFFER = 16 * 1024;

    private final LiveChat chat;
    private final Authenticator auth;
    private final ObjectMapper mapper;

    ExportEndpoints(LiveChat chat, Authenticator auth, ObjectMapper mapper) {
        this.chat = chat;
        this.auth = auth;
        this.mapper = mapper;
    }

    private record Request(ExportQuery query, ExportFormat format) {}

    void export(Context ctx) throws IOException {
        Caller caller = auth.require(ctx);
        Request request = request(ctx);
        ctx.status(200)
                .contentType(request.format().contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(request) + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), BUFFER);
        ExportWriter writer = request.format().writer(out, mapper);
        try {
            chat.reports().export(caller, request.query(), writer::row);
            writer.finish();
        } catch (RuntimeException | IOException e) {
            if (!writer.started()) throw e; // nothing written: the refusal becomes a problem answer
            ServletContextRequest.getServletContextRequest(ctx.req())
                    .getServletChannel()
                    .abort(e);
        }
    }

    /**
     * HEAD: the same checks and headers, no rows: the use case runs (it checks the role) over a
     * range too short to hold a conversation.
     */
    void head(Context ctx) {
        Caller caller = auth.require(ctx);
        Request request = request(ctx);
        var nothing = new ExportQuery(request.query().to(), request.query().to().plusNanos(1));
        chat.reports().export(caller, nothing, row -> {});
        ctx.status(200).contentType(request.format().contentType);
    }

    private static Request request(Context ctx) {
        Input in = new Input();
        var from = in.required("from", Params.query(ctx, "from").orElse(null), Input::instant);
        var to = in.required("to", Params.query(ctx, "to").orElse(null), Input::instant);
        ExportFormat format = Params.query(ctx, "format")
                .flatMap(raw -> in.optional("format", raw, ExportFormat::parse))
                .orElse(ExportFormat.CSV);
        in.check();
        ExportQuery query = in.nested("", () -> new ExportQuery(from, to));
        in.check();
        return new Request(query, format);
    }

    private static String fileName(Request request) {
        return "conversations-" + request.query().from().toString().replace(":", "") + "-"
                + request.query().to().toString().replace(":", "") + "." + request.format().extension;
    }
}
