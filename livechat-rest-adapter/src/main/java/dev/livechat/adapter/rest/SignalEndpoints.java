package dev.livechat.adapter.rest;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.MarkSeenCommand;
import dev.livechat.domain.port.in.SignalTypingCommand;
import io.javalin.http.Context;

/** Typing indicators and read receipts: what each side tells the other without writing a message. */
final class SignalEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    SignalEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    void typing(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Boolean typing = bodies.read(ctx, Requests.Typing.class).typing();
        if (typing == null) throw ApiProblem.badRequest("typing", "is required (true or false)");
        chat.typing().signalTyping(new SignalTypingCommand(caller, id, typing));
        ctx.status(204);
    }

    void markSeen(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Long seq = bodies.read(ctx, Requests.Seen.class).seq();
        if (seq == null) throw ApiProblem.badRequest("seq", "is required");
        if (seq < 0) throw ApiProblem.badRequest("seq", "must not be negative");
        chat.markSeen().markSeen(new MarkSeenCommand(caller, id, seq));
        ctx.status(204);
    }

    void seen(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        out.ok(ctx, SeenView.of(chat.markSeen().seen(new ConversationCommand(caller, id))));
    }

    /** The highest message seq each side has read. */
    record SeenView(long visitor, long operator) {
        static SeenView of(SeenMarks marks) {
            return new SeenView(marks.visitor(), marks.operator());
        }
    }
}
