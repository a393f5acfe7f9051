package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.typing.TypingNotice;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typing notices between instances on PostgreSQL: a typing notice is not stored (it matters for
 * seconds, and would double the writes of a busy conversation), so it travels whole in the payload
 * of a {@code NOTIFY} on {@value EventNotifications#TYPING_CHANNEL}, and the listening connection of
 * {@link EventNotifications} hands it to the other instances. The payload names the sending storage
 * (its own are skipped) and the schema (notifications are database-wide: other schemas' services
 * on the same database must not hear of this one's conversations). A few hundred bytes, far below
 * PostgreSQL's 8,000. Best effort, like typing itself: a notice lost to an outage is not re-sent.
 */
final class TypingRelay {
    private static final System.Logger LOG = System.getLogger(TypingRelay.class.getName());

    private final Database db;
    private volatile String schema;

    TypingRelay(Database db) {
        this.db = db;
    }

    /** Sends the notice to the other instances (at the commit of its one-statement transaction). */
    void announce(TypingNotice notice) {
        String payload = Json.write(payload(notice, db.origin(), schema()));
        db.transaction(s -> s.createNativeQuery(
                        "select count(*) from (select pg_notify('" + EventNotifications.TYPING_CHANNEL
                                + "', :payload)) sent",
                        Long.class)
                .setParameter("payload", payload)
                .getSingleResult());
    }

    /** The action is called with each notice another instance of this schema announced. */
    void listen(EventNotifications notifications, Consumer<TypingNotice> action) {
        String mine = schema();
        notifications.onTyping(payload -> read(payload, db.origin(), mine).ifPresent(action));
    }

    static Map<String, Object> payload(TypingNotice n, String origin, String schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("origin", origin);
        p.put("schema", schema);
        p.put("conversationId", n.conversation().value());
        p.put("channelId", n.channel().value());
        p.put("side", n.side().name());
        p.put("kind", n.author().kind().name());
        n.author().user().ifPresent(u -> p.put("userId", u.value()));
        p.put("name", n.author().name());
        p.put("typing", n.typing());
        p.put("at", n.at().toString());
        return p;
    }

    /** The notice of a payload from another storage of this schema; empty for ours, another schema's or a malformed one. */
    static Optional<TypingNotice> read(String payload, String origin, String schema) {
        try {
            Map<String, Object> p = Json.map(payload);
            if (origin.equals(p.get("origin")) || !schema.equals(p.get("schema"))) return Optional.empty();
            Optional<UserId> user =
                    Optional.ofNullable((String) p.get("userId")).map(UserId::of);
            Actor author = new Actor(Actor.Kind.valueOf((String) p.get("kind")), user, (String) p.get("name"));
            return Optional.of(new TypingNotice(
                    ConversationId.of((String) p.get("conversationId")),
                    ChannelId.of((String) p.get("channelId")),
                    SeenMarks.Side.valueOf((String) p.get("side")),
                    author,
                    Boolean.TRUE.equals(p.get("typing")),
                    Instant.parse((String) p.get("at"))));
        } catch (RuntimeException malformed) {
            LOG.log(System.Logger.Level.WARNING, "Ignored a malformed typing notification", malformed);
            return Optional.empty();
        }
    }

    private String schema() {
        String known = schema;
        if (known == null)
            schema = known = db.transaction(s ->
                    s.createNativeQuery("select current_schema()", String.class).getSingleResult());
        return known;
    }
}
