package dev.livechat.adapter.persistence;

import dev.livechat.domain.webhook.DeliveryId;
import dev.livechat.domain.webhook.DeliveryProgress;
import dev.livechat.domain.webhook.DeliveryState;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookEventName;
import dev.livechat.domain.webhook.WebhookId;
import dev.livechat.domain.webhook.WebhookSecret;
import dev.livechat.domain.webhook.WebhookUrl;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Rows of the webhook tables to domain values and back, over plain JDBC (no entity: nothing else reads them). */
final class WebhookRows {
    static final String DELIVERY_COLUMNS = "d.id, d.webhook_id, d.event_name, d.body, d.enqueued_at, d.state,"
            + " d.attempts, d.next_attempt_at, d.last_status, d.last_error";

    private WebhookRows() {}

    static Webhook webhook(ResultSet row, Set<WebhookEventName> events) throws SQLException {
        return new Webhook(
                WebhookId.of(row.getString("id")),
                new WebhookUrl(URI.create(row.getString("url"))),
                events,
                new WebhookSecret(row.getString("secret")),
                Jdbc.instant(row, "created_at"));
    }

    static WebhookDelivery delivery(ResultSet row) throws SQLException {
        int status = row.getInt("last_status");
        OptionalInt lastStatus = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
        var progress = new DeliveryProgress(
                DeliveryState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                Jdbc.instant(row, "next_attempt_at"),
                lastStatus,
                Optional.ofNullable(row.getString("last_error")));
        return new WebhookDelivery(
                DeliveryId.of(row.getString("id")),
                WebhookId.of(row.getString("webhook_id")),
                WebhookEventName.of(row.getString("event_name")),
                row.getString("body"),
                Jdbc.instant(row, "enqueued_at"),
                progress);
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        Jdbc.time(statement, index, Times.stored(instant));
    }

    static void set(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) statement.setInt(index, value.getAsInt());
        else statement.setNull(index, Types.INTEGER);
    }
}
