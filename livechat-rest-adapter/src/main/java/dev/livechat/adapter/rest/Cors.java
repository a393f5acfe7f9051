package dev.livechat.adapter.rest;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.in.AllowedOriginsUseCase;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CORS for the visitor endpoints only, with the origins each channel allows (none by default).
 * An allowed origin gets itself back in {@code Access-Control-Allow-Origin}, never {@code *}
 * (tokens travel in {@code Authorization}, no cookies, so no credentials header either); any other
 * origin gets no CORS header at all, and the browser blocks the answer. A route names its
 * channel through the conversation in its path (resolved from memory, see OriginsService); the
 * start names it in the body and the event stream in the token, which a preflight carries
 * neither of, so their preflight admits the origins of any channel and the answer itself checks
 * the channel.
 */
final class Cors {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Last-Event-ID, Idempotency-Key";
    static final long MAX_AGE_SECONDS = 600;

    private static final Pattern CONVERSATION_ROUTE = Pattern.compile("^" + Pattern.quote(Routes.BASE)
            + "/conversations/([^/]+)/(messages|attachments|close|transcript|rating|typing|seen)$");
    private static final Pattern CHANNEL_ROUTE =
            Pattern.compile("^" + Pattern.quote(Routes.BASE) + "/channels/([^/]+)/(availability|offline-messages)$");
    private static final String START = Routes.BASE + "/conversations";
    private static final String EVENTS = Routes.BASE + "/events";

    private final AllowedOriginsUseCase origins;

    Cors(AllowedOriginsUseCase origins) {
        this.origins = origins;
    }

    /** Javalin before-handler: answers preflights of visitor routes; marks actual calls on a conversation. */
    void before(Context ctx) {
        String path = ctx.path();
        if (ctx.method() == HandlerType.OPTIONS) {
            String method = ctx.header("Access-Control-Request-Method");
            if (method == null || !isVisitorRoute(method, path)) return; // not a preflight of ours: as before
            Origin origin = Origin.parseOrNull(ctx.header("Origin"));
            if (origin != null && preflightOrigins(path).contains(origin)) {
                allow(ctx, origin);
                ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT");
                ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                ctx.header("Access-Control-Max-Age", Long.toString(MAX_AGE_SECONDS));
            }
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        Matcher m = CONVERSATION_ROUTE.matcher(path);
        if (m.matches() && isVisitorRoute(ctx.method().name(), path)) {
            ConversationId id = conversationOrNull(m.group(1));
            if (id != null) forConversation(ctx, id);
        }
    }

    /** The start, once its channel is read from the body. */
    void forChannel(Context ctx, ChannelId channel) {
        Origin origin = Origin.parseOrNull(ctx.header("Origin"));
        if (origin != null && origins.ofChannel(channel).contains(origin)) allow(ctx, origin);
    }

    /** The visitor's event stream, once its token named the conversation. */
    void forConversation(Context ctx, ConversationId conversation) {
        Origin origin = Origin.parseOrNull(ctx.header("Origin"));
        if (origin != null && origins.ofConversation(conversation).contains(origin)) allow(ctx, origin);
    }

    private Set<Origin> preflightOrigins(String path) {
        Matcher channel = CHANNEL_ROUTE.matcher(path);
        if (channel.matches()) {
            ChannelId id = channelOrNull(channel.group(1));
            return id == null ? Set.of() : origins.ofChannel(id);
        }
        Matcher m = CONVERSATION_ROUTE.matcher(path);
        if (m.matches()) {
            ConversationId id = conversationOrNull(m.group(1));
            return id == null ? Set.of() : origins.ofConversation(id);
        }
        return origins.ofAnyChannel();
    }

    static boolean isVisitorRoute(String method, String path) {
        if (path.equals(START)) return method.equals("POST");
        if (path.equals(EVENTS)) return method.equals("GET");
        Matcher channel = CHANNEL_ROUTE.matcher(path);
        if (channel.matches()) return method.equals(channel.group(2).equals("availability") ? "GET" : "POST");
        Matcher m = CONVERSATION_ROUTE.matcher(path);
        if (!m.matches()) return false;
        return switch (m.group(2)) {
            case "messages", "attachments" -> method.equals("GET") || method.equals("POST");
            case "typing" -> method.equals("PUT");
            case "seen" -> method.equals("GET") || method.equals("PUT");
            default -> method.equals("POST");
        };
    }

    private static ChannelId channelOrNull(String raw) {
        try {
            return ChannelId.of(raw);
        } catch (RuntimeException notAnId) {
            return null;
        }
    }

    private static ConversationId conversationOrNull(String raw) {
        try {
            return ConversationId.of(raw);
        } catch (RuntimeException notAnId) {
            return null;
        }
    }

    private static void allow(Context ctx, Origin origin) {
        ctx.header("Access-Control-Allow-Origin", origin.value());
        ctx.header("Vary", "Origin");
    }
}
