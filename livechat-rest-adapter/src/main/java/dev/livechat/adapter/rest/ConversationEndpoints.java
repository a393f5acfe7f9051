package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.PanelView.RatingView;
import dev.livechat.adapter.rest.Views.ConversationView;
import dev.livechat.adapter.rest.Views.MessageView;
import dev.livechat.adapter.rest.Views.StartedView;
import dev.livechat.adapter.rest.Views.VisitorConversationView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostCannedResponseCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.RateConversationCommand;
import dev.livechat.domain.port.in.ReadMessagesCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.TransferConversationCommand;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The life of a conversation: start, messages, status, join, transfer, close. */
final class ConversationEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;
    private final StartRequests starts;
    private final RateLimiter limits;
    private final Cors cors;

    ConversationEndpoints(
            LiveChat chat,
            Authenticator auth,
            Bodies bodies,
            Responses out,
            RestSettings settings,
            RateLimiter limits,
            Cors cors) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
        this.starts = new StartRequests(settings.countryHeader());
        this.limits = limits;
        this.cors = cors;
    }

    /** No token: anyone may start. The answer carries the visitor's token, this once. */
    void start(Context ctx) {
        Requests.Start body = bodies.read(ctx, Requests.Start.class);
        try {
            cors.forChannel(ctx, ChannelId.of(body.channelId())); // before any refusal, so the page can read it
        } catch (RuntimeException noChannelId) {
            // the command names the field below
        }
        StartConversationCommand command = starts.command(body, ctx);
        limits.startIn(command.channel().value());
        out.json(ctx, 201, StartedView.of(chat.start().start(command)));
    }

    /**
     * The visitor writes as the visitor; a user writes as an operator taking part, its own text or
     * a canned response by shortcut.
     */
    void postMessage(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Requests.PostMessage posted = bodies.read(ctx, Requests.PostMessage.class);
        if (posted.cannedResponse() != null) {
            if (posted.body() != null)
                throw ApiProblem.badRequest("cannedResponse", "give either body or cannedResponse, not both");
            Shortcut shortcut = Input.one("cannedResponse", posted.cannedResponse(), Shortcut::of);
            Message message =
                    chat.postCannedResponse().postCannedResponse(new PostCannedResponseCommand(caller, id, shortcut));
            out.json(ctx, 201, MessageView.of(message));
            return;
        }
        MessageBody text = Input.one("body", posted.body(), MessageBody::of);
        PostMessageCommand command = new PostMessageCommand(caller, id, text);
        // keyed by the conversation the token grants: a visitor cannot spend another one's allowance
        if (caller instanceof Caller.Visitor visitor)
            limits.visitorMessage(visitor.conversation().value());
        Message message = caller instanceof Caller.Visitor
                ? chat.postVisitorMessage().postVisitorMessage(command)
                : chat.postOperatorMessage().postOperatorMessage(command);
        out.json(ctx, 201, MessageView.of(message));
    }

    void messages(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        long after = Params.query(ctx, "after")
                .map(raw -> Input.one("after", raw, Input::nonNegative))
                .orElse(0L);
        int limit = Params.limit(ctx, ReadMessagesCommand.MAX_LIMIT, ReadMessagesCommand.MAX_LIMIT);
        List<Message> messages = chat.messages().messages(new ReadMessagesCommand(caller, id, after, limit));
        out.ok(ctx, messages.stream().map(MessageView::of).toList());
    }

    void changeStatus(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        var status = bodies.read(ctx, Requests.ChangeStatus.class).status();
        if (status == null) throw ApiProblem.badRequest("status", "is required");
        conversation(ctx, caller, chat.changeStatus().changeStatus(new ChangeStatusCommand(caller, id, status)));
    }

    void join(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        conversation(ctx, caller, chat.join().join(new ConversationCommand(caller, id)));
    }

    void transfer(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Requests.Transfer body = bodies.read(ctx, Requests.Transfer.class);
        UserId to = Input.one("operatorId", body.operatorId(), UserId::of);
        boolean leave = Boolean.TRUE.equals(body.leave());
        conversation(ctx, caller, chat.transfer().transfer(new TransferConversationCommand(caller, id, to, leave)));
    }

    void close(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        conversation(ctx, caller, chat.close().close(new ConversationCommand(caller, id)));
    }

    /** The visitor's rating (CSAT), once; the domain refuses anyone else and a second one. */
    void rate(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Requests.Rate body = bodies.read(ctx, Requests.Rate.class);
        if (body.score() == null) throw ApiProblem.badRequest("score", "is required");
        var command = new RateConversationCommand(caller, id, body.score(), Optional.ofNullable(body.comment()));
        out.json(ctx, 201, RatingView.of(chat.rate().rate(command)));
    }

    /** The conversation as this caller may see it. */
    void conversation(Context ctx, Caller caller, ConversationState state) {
        out.ok(ctx, caller instanceof Caller.Visitor ? VisitorConversationView.of(state) : ConversationView.of(state));
    }
}
