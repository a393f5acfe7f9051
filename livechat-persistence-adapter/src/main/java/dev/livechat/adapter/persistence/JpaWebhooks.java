package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.EnqueueWebhookPort;
import dev.livechat.domain.port.out.WebhookOutboxPort;
import dev.livechat.domain.port.out.WebhooksPort;
import dev.livechat.domain.webhook.DeliveryId;
import dev.livechat.domain.webhook.DeliveryState;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookEvent;
import dev.livechat.domain.webhook.WebhookEventName;
import dev.livechat.domain.webhook.WebhookId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hibernate.jdbc.ReturningWork;

/**
 * Webhook subscriptions and their outbox, in plain SQL over the unit's connection. {@link #enqueue}
 * joins the transaction open on the thread (the conversation's save), so that a delivery commits
 * with its event or not at all.
 */
public final class JpaWebhooks implements WebhooksPort, EnqueueWebhookPort, WebhookOutboxPort {
    private final Database db;
    private final WebhookClaims claims = new WebhookClaims();
    private final SubscriptionSnapshot subscriptions;

    /** @param ticker nanoseconds of a monotonic clock, for the age of the remembered subscriptions */
    JpaWebhooks(Database db, LongSupplier ticker) {
        this.db = db;
        this.subscriptions = new SubscriptionSnapshot(ticker);
    }

    private <T> T sql(ReturningWork<T> work) {
        return db.jdbc(work);
    }

    /**
     * A change of the subscriptions: forgotten now (an enqueue later in the same transaction reads
     * them again) and once more when the transaction that makes it is over (its own, or the caller's
     * it joined), since another thread's read in between may have seen the state before the commit.
     */
    private <T> T changingSubscriptions(ReturningWork<T> work) {
        subscriptions.changed();
        return sql(c -> {
            db.afterCompletion(subscriptions::changed); // inside: the transaction is open
            return work.execute(c);
        });
    }

    @Override
    public void add(Webhook webhook) {
        changingSubscriptions(c -> {
            try (PreparedStatement insert =
                    c.prepareStatement("insert into webhooks (id, url, secret, created_at) values (?, ?, ?, ?)")) {
                insert.setString(1, webhook.id().value());
                insert.setString(2, webhook.url().toString());
                insert.setString(3, webhook.secret().value());
                WebhookRows.set(insert, 4, webhook.createdAt());
                insert.executeUpdate();
            }
            try (PreparedStatement insert =
                    c.prepareStatement("insert into webhook_subscriptions (webhook_id, event_name) values (?, ?)")) {
                for (WebhookEventName event : webhook.events()) {
                    insert.setString(1, webhook.id().value());
                    insert.setString(2, event.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Webhook> all() {
        return sql(c -> webhooks(c, "select * from webhooks order by created_at, id", null));
    }

    @Override
    public Optional<Webhook> find(WebhookId id) {
        return sql(c -> webhooks(c, "select * from webhooks where id = ?", id.value())).stream()
                .findFirst();
    }

    private static List<Webhook> webhooks(Connection c, String query, String id) throws SQLException {
        Map<String, Set<WebhookEventName>> events = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select webhook_id, event_name from webhook_subscriptions");
                ResultSet rows = select.executeQuery()) {
            while (rows.next())
                events.computeIfAbsent(rows.getString(1), k -> new HashSet<>())
                        .add(WebhookEventName.of(rows.getString(2)));
        }
        List<Webhook> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(query)) {
            if (id != null) select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) found.add(WebhookRows.webhook(rows, events.get(rows.getString("id"))));
            }
        }
        return found;
    }

    @Override
    public boolean remove(WebhookId id) {
        return changingSubscriptions(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from webhooks where id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate() == 1;
            }
        });
    }

    /**
     * One row per subscribed webhook, its body fixed now (with its own delivery id) so that every try
     * sends the same bytes. The subscribers come from memory when it is fresh ({@link
     * SubscriptionSnapshot}): an event nobody subscribed to then costs no statement. A row is
     * inserted only while its webhook's row exists, so a webhook another instance removed within the
     * snapshot's second gets none (rather than failing the event's transaction on the foreign key).
     */
    @Override
    public void enqueue(WebhookEvent event) {
        String name = event.name().value();
        Optional<List<String>> known = subscriptions.remembered(name);
        if (known.isPresent() && known.get().isEmpty()) return;
        sql(c -> {
            List<String> subscribed = known.isPresent() ? known.get() : subscriptions.read(c, name);
            if (subscribed.isEmpty()) return null;
            try (PreparedStatement insert = c.prepareStatement("insert into webhook_deliveries (id, webhook_id,"
                    + " event_name, ordering_key, body, enqueued_at, state, attempts, next_attempt_at)"
                    + " select ?, w.id, ?, ?, ?, ?, 'PENDING', 0, ? from webhooks w where w.id = ?")) {
                for (String webhook : subscribed) {
                    DeliveryId id = DeliveryId.random();
                    insert.setString(1, id.value());
                    insert.setString(2, name);
                    insert.setString(3, event.orderingKey().orElse(null));
                    insert.setString(4, body(id, event));
                    WebhookRows.set(insert, 5, event.at());
                    WebhookRows.set(insert, 6, event.at());
                    insert.setString(7, webhook);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** What the receiver gets: the delivery's id, the event's name and time, and its data. */
    private static String body(DeliveryId id, WebhookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.value());
        body.put("event", event.name().value());
        body.put("createdAt", Times.text(event.at()));
        body.put("data", event.data());
        return Json.write(body);
    }

    @Override
    public Optional<Claimed> claimDue(Instant now, Duration lease) {
        return sql(c -> claims.claimDue(c, now, lease));
    }

    @Override
    public void update(WebhookDelivery delivery) {
        sql(c -> {
            claims.update(c, delivery);
            return null;
        });
    }

    @Override
    public List<WebhookDelivery> deliveriesOf(WebhookId webhook, int limit) {
        return sql(c -> {
            try (PreparedStatement select = c.prepareStatement("select " + WebhookRows.DELIVERY_COLUMNS
                    + " from webhook_deliveries d where d.webhook_id = ? order by d.seq desc fetch first "
                    + Math.max(1, limit) + " rows only")) {
                select.setString(1, webhook.value());
                List<WebhookDelivery> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) found.add(WebhookRows.delivery(rows));
                }
                return found;
            }
        });
    }

    @Override
    public int pruneDone(Instant doneBefore, int max) {
        return sql(c -> claims.pruneDone(c, doneBefore, max));
    }

    @Override
    public Map<DeliveryState, Long> countByState() {
        return sql(c -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) counts.put(state, 0L);
            try (PreparedStatement select =
                            c.prepareStatement("select state, count(*) from webhook_deliveries group by state");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) counts.put(DeliveryState.valueOf(rows.getString(1)), rows.getLong(2));
            }
            return counts;
        });
    }
}
