package dev.livechat.adapter.rest;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.canned.Template;
import io.javalin.http.Context;

/** Canned responses: looked up by live chat users, written by managers. */
final class CannedResponseEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    CannedResponseEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    void list(Context ctx) {
        Caller caller = auth.require(ctx);
        String prefix = Params.query(ctx, "prefix").orElse("");
        out.ok(
                ctx,
                chat.cannedResponses().cannedResponses(caller, prefix).stream()
                        .map(CannedResponseView::of)
                        .toList());
    }

    /** Creates or replaces; the shortcut in the path is the one being written, so a bad one is a 400. */
    void put(Context ctx) {
        Caller caller = auth.require(ctx);
        Shortcut shortcut = Input.one("shortcut", ctx.pathParam("shortcut"), Shortcut::of);
        Template body = Input.one(
                "body", bodies.read(ctx, Requests.CannedResponse.class).body(), Template::of);
        CannedResponse saved = chat.cannedResponses().putCannedResponse(caller, new CannedResponse(shortcut, body));
        out.ok(ctx, CannedResponseView.of(saved));
    }

    /** A shortcut that cannot exist is not found, as an unknown one. */
    void delete(Context ctx) {
        Caller caller = auth.require(ctx);
        Shortcut shortcut = Params.pathId(ctx, "shortcut", "canned response", Shortcut::of);
        chat.cannedResponses().removeCannedResponse(caller, shortcut);
        ctx.status(204);
    }

    record CannedResponseView(String shortcut, String body) {
        static CannedResponseView of(CannedResponse r) {
            return new CannedResponseView(r.shortcut().value(), r.body().value());
        }
    }
}
