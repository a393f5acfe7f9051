package dev.livechat.adapter.rest;

import static dev.livechat.domain.common.HtmlText.escape;

import dev.livechat.domain.transcript.TranscriptRequest;
import io.javalin.http.Context;
import java.util.Map;

/**
 * What the confirmation link answers: a tiny HTML page for the person who clicked it (JSON when
 * asked for). Every text is escaped even though none comes from a visitor, and the page lives
 * under the service's strict Content-Security-Policy (see {@link SecurityHeaders}): no script,
 * no style, no frame.
 */
final class TranscriptConfirmationPage {
    private TranscriptConfirmationPage() {}

    static void answer(Context ctx, TranscriptRequest request, Responses out) {
        ctx.header("Cache-Control", "no-store");
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            out.ok(ctx, Map.of("requestId", request.id().value(), "state", request.state()));
            return;
        }
        String title = "Address confirmed";
        String body = switch (request.state()) {
            case PENDING -> "Thank you. Your address is confirmed: the transcript will be sent shortly.";
            case SENT -> "Thank you. Your address is confirmed and the transcript was sent.";
            case FAILED -> "Your address is confirmed, but the transcript could not be sent.";
            case AWAITING_CONFIRMATION -> "Your address is not confirmed yet.";
        };
        ctx.status(200)
                .contentType("text/html; charset=utf-8")
                .result("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                        + "</title></head>\n<body><h1>" + escape(title) + "</h1><p>" + escape(body)
                        + "</p></body></html>\n");
    }
}
