package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.AdminViews.UserView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import io.javalin.http.Context;

/** The caller's own profile and presence. */
final class OperatorEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    OperatorEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    void me(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(ctx, UserView.of(chat.users().me(caller)));
    }

    /** The ids of the open conversations the caller takes part in, in any channel. */
    void conversations(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(
                ctx,
                chat.participations().takingPart(caller).stream()
                        .map(ConversationId::value)
                        .sorted()
                        .toList());
    }

    /** Becoming ONLINE or BUSY hands waiting conversations out, oldest first. */
    void changePresence(Context ctx) {
        Caller caller = auth.require(ctx);
        var presence = bodies.read(ctx, Requests.ChangePresence.class).presence();
        if (presence == null) throw ApiProblem.badRequest("presence", "is required");
        out.ok(ctx, UserView.of(chat.users().changePresence(caller, presence)));
    }
}
