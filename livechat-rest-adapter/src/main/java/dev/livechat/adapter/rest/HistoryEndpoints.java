package dev.livechat.adapter.rest;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.ConversationCommand;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** A conversation's history, for live chat users; the domain checks the role. */
final class HistoryEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Responses out;

    HistoryEndpoints(LiveChat chat, Authenticator auth, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.out = out;
    }

    void history(Context ctx) {
        Caller caller = auth.require(ctx);
        var lines = chat.history().history(new ConversationCommand(caller, Params.conversation(ctx)));
        out.ok(ctx, lines.stream().map(HistoryEndpoints::view).toList());
    }

    /** {@code {at, type, actor: {kind, id?, name?}, cause?, details}}: a visitor has no name here. */
    static Map<String, Object> view(HistoryEntry line) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("kind", line.actorKind().name());
        line.actorId().map(UserId::value).ifPresent(id -> actor.put("id", id));
        line.actorName().ifPresent(name -> actor.put("name", name));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", line.at().toString());
        view.put("type", line.type());
        view.put("actor", actor);
        view.put("cause", line.cause().orElse(null));
        view.put("details", line.details());
        return view;
    }
}
