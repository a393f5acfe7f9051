package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.WebhookOutboxPort.Claimed;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookRequest;
import dev.livechat.domain.webhook.WebhookSecret;
import dev.livechat.domain.webhook.WebhookUrl;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the outbox: a claim is a conditional update of {@code claimed_until}, so
 * that of two instances reading the same candidate only one gets it; a webhook's deliveries of one
 * conversation wait while an earlier one is PENDING, which keeps them in order.
 */
final class WebhookClaims {
    /** Candidates read per claim: enough that a claim lost to another worker finds another one. */
    private static final int CANDIDATES = 8;

    private static final String DUE = "select d.seq, w.url, w.secret, " + WebhookRows.DELIVERY_COLUMNS
            + " from webhook_deliveries d join webhooks w on w.id = d.webhook_id"
            + " where d.state = 'PENDING' and d.next_attempt_at <= ?"
            + " and (d.claimed_until is null or d.claimed_until <= ?)"
            + " and (d.ordering_key is null or not exists (select 1 from webhook_deliveries e"
            + " where e.webhook_id = d.webhook_id and e.ordering_key = d.ordering_key"
            + " and e.state = 'PENDING' and e.seq < d.seq))"
            + " order by d.next_attempt_at, d.seq fetch first " + CANDIDATES + " rows only";

    private static final String CLAIM = "update webhook_deliveries set claimed_until = ?"
            + " where seq = ? and state = 'PENDING' and (claimed_until is null or claimed_until <= ?)";

    private static final String UPDATE = "update webhook_deliveries set state = ?, attempts = ?, next_attempt_at = ?,"
            + " last_status = ?, last_error = ?, claimed_until = null where id = ?";

    /**
     * Done rows ended before the cutoff, by the (state, next_attempt_at) index: no sort over a large
     * backlog. Locked as read, skipping those another transaction holds: a prune never waits for a row.
     */
    private static final String DONE = "select seq from webhook_deliveries"
            + " where state in ('DELIVERED', 'FAILED') and next_attempt_at < ? fetch first ? rows only"
            + " for update skip locked";

    /**
     * Deletes a batch of done rows: locked as read, skipping any another transaction holds (another
     * instance's prune, or a person's erasure that holds their conversations' deliveries until it
     * commits), then deleted by key with the condition repeated. A prune never waits for a row lock,
     * so it closes no cycle with either (before, an erasure and a prune could deadlock on PostgreSQL,
     * which then aborted one); the rows it skipped go in a later batch.
     */
    int pruneDone(Connection c, Instant doneBefore, int max) throws SQLException {
        List<Long> done = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(DONE)) {
            WebhookRows.set(select, 1, doneBefore);
            select.setInt(2, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) done.add(rows.getLong(1));
            }
        }
        if (done.isEmpty()) return 0;
        String keys = String.join(", ", Collections.nCopies(done.size(), "?"));
        try (PreparedStatement delete = c.prepareStatement("delete from webhook_deliveries where seq in (" + keys
                + ") and state in ('DELIVERED', 'FAILED') and next_attempt_at < ?")) {
            for (int i = 0; i < done.size(); i++) delete.setLong(i + 1, done.get(i));
            WebhookRows.set(delete, done.size() + 1, doneBefore);
            return delete.executeUpdate();
        }
    }

    Optional<Claimed> claimDue(Connection c, Instant now, Duration lease) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(DUE);
                PreparedStatement claim = c.prepareStatement(CLAIM)) {
            WebhookRows.set(select, 1, now);
            WebhookRows.set(select, 2, now);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    WebhookRows.set(claim, 1, now.plus(lease));
                    claim.setLong(2, rows.getLong("seq"));
                    WebhookRows.set(claim, 3, now);
                    if (claim.executeUpdate() == 1) return Optional.of(claimed(rows));
                }
            }
        }
        return Optional.empty();
    }

    private static Claimed claimed(ResultSet row) throws SQLException {
        WebhookDelivery delivery = WebhookRows.delivery(row);
        var request = new WebhookRequest(
                new WebhookUrl(URI.create(row.getString("url"))),
                delivery.event(),
                delivery.id(),
                delivery.body(),
                new WebhookSecret(row.getString("secret")));
        return new Claimed(delivery, request);
    }

    /** Stores the outcome; a delivery whose webhook was removed meanwhile is gone, and that is fine. */
    void update(Connection c, WebhookDelivery delivery) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            var progress = delivery.progress();
            update.setString(1, progress.state().name());
            update.setInt(2, progress.attempts());
            WebhookRows.set(update, 3, progress.nextAttemptAt());
            WebhookRows.set(update, 4, progress.lastStatus());
            update.setString(5, progress.lastError().orElse(null));
            update.setString(6, delivery.id().value());
            update.executeUpdate();
        }
    }
}
