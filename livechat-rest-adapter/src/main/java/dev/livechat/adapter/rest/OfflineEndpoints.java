package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.ReceptionViews.AvailabilityView;
import dev.livechat.adapter.rest.ReceptionViews.OfflineMessageView;
import dev.livechat.adapter.rest.ReceptionViews.ReceivedView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import dev.livechat.domain.port.in.LeaveOfflineMessageCommand;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * A channel's availability and its offline messages: the first two calls need no token (a
 * website's widget makes them, cross-origin where the channel allows), the last two are for live
 * chat users.
 */
final class OfflineEndpoints {
    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;
    private final RateLimiter limits;
    private final Cors cors;

    OfflineEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out, RateLimiter limits, Cors cors) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
        this.limits = limits;
        this.cors = cors;
    }

    void availability(Context ctx) {
        ChannelId id = Input.one("id", ctx.pathParam("id"), ChannelId::of);
        cors.forChannel(ctx, id);
        ctx.header("Cache-Control", "no-store");
        out.ok(ctx, AvailabilityView.of(chat.availability().availability(id)));
    }

    /** Counts as a start for the rate limits, per address and per channel: it is a visitor's first contact too. */
    void leave(Context ctx) {
        ChannelId id = Input.one("id", ctx.pathParam("id"), ChannelId::of);
        cors.forChannel(ctx, id); // before any refusal, so the page can read it
        limits.start(ctx);
        Requests.OfflineMessage body = bodies.read(ctx, Requests.OfflineMessage.class);
        Input in = new Input();
        String name = in.required("name", body.name(), Input::text);
        EmailAddress email = in.required("email", body.email(), EmailAddress::of);
        String message = in.required("message", body.message(), Input::text);
        in.check();
        LeaveOfflineMessageCommand command =
                in.nested("", () -> new LeaveOfflineMessageCommand(id, name, email, message));
        in.check();
        limits.startIn(id.value());
        out.json(ctx, 202, ReceivedView.of(chat.leaveOfflineMessage().leave(command)));
    }

    void list(Context ctx) {
        Caller caller = auth.require(ctx);
        Input in = new Input();
        Optional<OfflineMessageState> state =
                Params.query(ctx, "state").flatMap(raw -> in.optional("state", raw, OfflineEndpoints::state));
        in.check();
        out.ok(
                ctx,
                chat.offlineMessages().offlineMessages(caller, state).stream()
                        .map(OfflineMessageView::of)
                        .toList());
    }

    void markHandled(Context ctx) {
        Caller caller = auth.require(ctx);
        OfflineMessageId id = Input.one("id", ctx.pathParam("id"), OfflineMessageId::of);
        out.ok(ctx, OfflineMessageView.of(chat.offlineMessages().markHandled(caller, id)));
    }

    private static OfflineMessageState state(String raw) {
        try {
            return OfflineMessageState.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("state", "'" + raw + "' is not NEW or HANDLED");
        }
    }
}
