package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.port.out.WebhookOutboxPort.Claimed;
import dev.livechat.domain.webhook.DeliveryState;
import dev.livechat.domain.webhook.SendResult;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookEvent;
import dev.livechat.domain.webhook.WebhookEventName;
import dev.livechat.domain.webhook.WebhookId;
import dev.livechat.domain.webhook.WebhookRetry;
import dev.livechat.domain.webhook.WebhookSecret;
import dev.livechat.domain.webhook.WebhookUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The webhook outbox over a real database: what H2 and PostgreSQL must both do. */
abstract class WebhookOutboxContract {
    static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A storage whose tables are empty. */
    abstract JpaStorage emptyStorage();

    /**
     * One more storage on the database of {@link #emptyStorage} (called first), as another instance
     * of the service would open it, aging its snapshot of the subscriptions by the ticker; closed
     * after the test.
     */
    abstract JpaStorage anotherStorage(LongSupplier ticker);

    /** The settings of the database of {@link #emptyStorage}, for a connection of a test's own. */
    abstract DatabaseSettings databaseSettings();

    private static Webhook webhook(String... events) {
        return new Webhook(
                WebhookId.random(),
                WebhookUrl.of("https://hooks.example.com/x", false),
                Set.of(events).stream().map(WebhookEventName::of).collect(java.util.stream.Collectors.toSet()),
                new WebhookSecret("a-secret-of-enough-length"),
                T0);
    }

    private static WebhookEvent posted(String conversation, long seq) {
        return WebhookEvent.ofConversation(
                "message.posted", conversation, T0.plusSeconds(seq), Map.of("seq", seq, "conversation", conversation));
    }

    @Test
    void anEventIsEnqueuedOnceForEachSubscribedWebhookWithItsSecretAndUrlAtClaim() {
        JpaStorage storage = emptyStorage();
        var hooks = storage.webhooks();
        Webhook posts = webhook("message.posted", "conversation.closed");
        Webhook closes = webhook("conversation.closed");
        hooks.add(posts);
        hooks.add(closes);
        assertThat(hooks.all()).extracting(Webhook::id).containsExactlyInAnyOrder(posts.id(), closes.id());
        assertThat(hooks.find(posts.id()).orElseThrow().events()).hasSize(2);

        hooks.enqueue(posted("c1", 1));
        assertThat(hooks.deliveriesOf(posts.id(), 10)).hasSize(1);
        assertThat(hooks.deliveriesOf(closes.id(), 10)).isEmpty();

        Claimed claimed = hooks.claimDue(T0.plusSeconds(5), LEASE).orElseThrow();
        assertThat(claimed.request().secret().value()).isEqualTo("a-secret-of-enough-length");
        assertThat(claimed.request().url()).isEqualTo(posts.url());
        assertThat(claimed.delivery().body())
                .contains("\"id\":\"" + claimed.delivery().id().value() + "\"")
                .contains("\"event\":\"message.posted\"");
        assertThat(hooks.claimDue(T0.plusSeconds(5), LEASE))
                .as("held by the claim")
                .isEmpty();
        assertThat(hooks.claimDue(T0.plusSeconds(5).plus(LEASE), LEASE))
                .as("a lease that ran out")
                .isPresent();
    }

    @Test
    void enqueuingJoinsTheCallersTransactionSoARollbackLeavesNoDelivery() {
        JpaStorage storage = emptyStorage();
        var hooks = storage.webhooks();
        Webhook posts = webhook("message.posted");
        hooks.add(posts);
        assertThatThrownBy(() -> storage.units().inTransaction(() -> {
                    hooks.enqueue(posted("c1", 1));
                    throw new IllegalStateException("the save failed after the enqueue");
                }))
                .hasMessageContaining("the save failed");
        assertThat(hooks.deliveriesOf(posts.id(), 10)).isEmpty();
        storage.units().inTransaction(() -> {
            hooks.enqueue(posted("c1", 1));
            return null;
        });
        assertThat(hooks.deliveriesOf(posts.id(), 10)).hasSize(1);
    }

    @Test
    void aConversationsLaterDeliveryWaitsWhileAnEarlierOneIsPendingOthersDoNot() {
        JpaStorage storage = emptyStorage();
        var hooks = storage.webhooks();
        Webhook posts = webhook("message.posted", "offline-message.created");
        hooks.add(posts);
        hooks.enqueue(posted("c1", 1));
        hooks.enqueue(posted("c1", 2));
        hooks.enqueue(posted("c2", 1));
        hooks.enqueue(WebhookEvent.standalone("offline-message.created", T0, Map.of("n", 1)));

        Instant now = T0.plusSeconds(60);
        List<Claimed> first = new ArrayList<>();
        for (Optional<Claimed> c = hooks.claimDue(now, LEASE); c.isPresent(); c = hooks.claimDue(now, LEASE))
            first.add(c.get());
        assertThat(first).extracting(c -> c.delivery().body()).noneMatch(b -> b.contains("\"seq\":2"));
        assertThat(first).hasSize(3);

        WebhookRetry retry = new WebhookRetry(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
        Claimed c1first = first.stream()
                .filter(c -> c.delivery().body().contains("\"conversation\":\"c1\""))
                .findFirst()
                .orElseThrow();
        hooks.update(c1first.delivery().tried(SendResult.answered(500), retry, now));
        assertThat(hooks.claimDue(now.plusSeconds(5), LEASE))
                .as("the retry of c1's first is not due; c1's second waits behind it")
                .isEmpty();
        Claimed again = hooks.claimDue(now.plusSeconds(10), LEASE).orElseThrow();
        assertThat(again.delivery().id()).isEqualTo(c1first.delivery().id());
        hooks.update(again.delivery().tried(SendResult.answered(200), retry, now.plusSeconds(10)));
        Claimed second = hooks.claimDue(now.plusSeconds(10), LEASE).orElseThrow();
        assertThat(second.delivery().body()).contains("\"seq\":2");

        var states = hooks.deliveriesOf(posts.id(), 10);
        assertThat(states).hasSize(4);
        assertThat(states.stream().filter(d -> d.state() == DeliveryState.DELIVERED))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.progress().attempts()).isEqualTo(2);
                    assertThat(d.progress().lastStatus()).hasValue(200);
                    assertThat(d.progress().lastError()).isEmpty();
                });
        assertThat(hooks.countByState())
                .containsEntry(DeliveryState.DELIVERED, 1L)
                .containsEntry(DeliveryState.PENDING, 3L);
    }

    @Test
    void removingAWebhookRemovesItsDeliveries() {
        JpaStorage storage = emptyStorage();
        var hooks = storage.webhooks();
        Webhook posts = webhook("message.posted");
        hooks.add(posts);
        hooks.enqueue(posted("c1", 1));
        assertThat(hooks.remove(posts.id())).isTrue();
        assertThat(hooks.remove(posts.id())).isFalse();
        assertThat(hooks.find(posts.id())).isEmpty();
        assertThat(hooks.claimDue(T0.plusSeconds(60), LEASE)).isEmpty();
        assertThat(hooks.countByState()).containsEntry(DeliveryState.PENDING, 0L);
    }

    private static final WebhookRetry GIVE_UP_AT_ONCE =
            new WebhookRetry(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

    private static WebhookEvent offline(int n) {
        return WebhookEvent.standalone("offline-message.created", T0, Map.of("n", n));
    }

    /** Claims every due delivery and stores the outcome of a try at {@code at}: acknowledged, or given up. */
    private static int tryAll(JpaWebhooks hooks, Instant at, boolean acknowledged) {
        int tried = 0;
        for (Optional<Claimed> c = hooks.claimDue(at, LEASE); c.isPresent(); c = hooks.claimDue(at, LEASE)) {
            SendResult result = acknowledged ? SendResult.answered(200) : SendResult.answered(503);
            hooks.update(c.get().delivery().tried(result, GIVE_UP_AT_ONCE, at));
            tried++;
        }
        return tried;
    }

    @Test
    void deliveriesDoneBeforeTheCutoffArePrunedPendingAndRecentOnesStay() {
        JpaWebhooks hooks = emptyStorage().webhooks();
        Webhook offlines = webhook("offline-message.created");
        hooks.add(offlines);
        hooks.enqueue(offline(1));
        assertThat(tryAll(hooks, T0.plusSeconds(10), true)).isEqualTo(1); // delivered long ago
        hooks.enqueue(offline(2));
        assertThat(tryAll(hooks, T0.plusSeconds(20), false)).isEqualTo(1); // given up long ago
        hooks.enqueue(offline(3));
        assertThat(tryAll(hooks, T0.plus(Duration.ofDays(8)), true)).isEqualTo(1); // delivered lately
        hooks.enqueue(offline(4)); // pending since T0, never tried
        Instant cutoff = T0.plus(Duration.ofDays(1));

        assertThat(hooks.pruneDone(cutoff, 500)).isEqualTo(2);

        assertThat(hooks.deliveriesOf(offlines.id(), 10))
                .extracting(d -> d.state())
                .containsExactly(DeliveryState.PENDING, DeliveryState.DELIVERED);
        assertThat(hooks.pruneDone(cutoff, 500)).isZero();
        assertThat(hooks.pruneDone(T0.plus(Duration.ofDays(30)), 500)).isEqualTo(1);
        assertThat(hooks.deliveriesOf(offlines.id(), 10))
                .as("the pending one stays, however old")
                .extracting(d -> d.state())
                .containsExactly(DeliveryState.PENDING);
    }

    @Test
    void eachPruneDeletesAtMostItsBatch() {
        JpaWebhooks hooks = deliveredAtTenSeconds(7);
        Instant cutoff = T0.plusSeconds(11);

        assertThat(List.of(
                        hooks.pruneDone(cutoff, 3),
                        hooks.pruneDone(cutoff, 3),
                        hooks.pruneDone(cutoff, 3),
                        hooks.pruneDone(cutoff, 3)))
                .containsExactly(3, 3, 1, 0);
    }

    @Test
    void twoInstancesPruningAtOnceDeleteEachDeliveryOnceWithoutFailing() throws Exception {
        JpaWebhooks hooks = deliveredAtTenSeconds(120);
        List<JpaWebhooks> instances = List.of(
                anotherStorage(System::nanoTime).webhooks(),
                anotherStorage(System::nanoTime).webhooks());
        Instant cutoff = T0.plusSeconds(11);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> pruned = new ArrayList<>();
            for (JpaWebhooks instance : instances)
                pruned.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    // a batch the other took first counts 0 here: go on until none is left
                    while (instance.countByState().get(DeliveryState.DELIVERED) > 0)
                        total += instance.pruneDone(cutoff, 5);
                    return total;
                }));
            int total = 0;
            for (var f : pruned) total += f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(total).isEqualTo(120);
        } finally {
            pool.shutdownNow();
        }
        assertThat(hooks.countByState()).containsEntry(DeliveryState.DELIVERED, 0L);
    }

    @Test
    void aPruneSkipsTheDeliveriesAnotherTransactionHoldsInsteadOfWaitingForThem() throws Exception {
        JpaWebhooks hooks = deliveredAtTenSeconds(3);
        Instant cutoff = T0.plusSeconds(11);
        DatabaseSettings db = databaseSettings();
        try (Connection other = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            other.setAutoCommit(false);
            // as a person's erasure holds their conversations' deliveries until it commits: a prune
            // that waited for them while holding others could close a cycle (PostgreSQL then aborts one)
            try (Statement s = other.createStatement();
                    ResultSet held = s.executeQuery(
                            "select seq from webhook_deliveries order by seq fetch first 1 rows only for update")) {
                assertThat(held.next()).isTrue();
            }

            int pruned = CompletableFuture.supplyAsync(() -> hooks.pruneDone(cutoff, 500))
                    .get(5, TimeUnit.SECONDS);

            assertThat(pruned).as("the two no one else holds").isEqualTo(2);
            other.rollback();
        }
        assertThat(hooks.pruneDone(cutoff, 500)).as("the one held, once free").isEqualTo(1);
    }

    /** The outbox of an empty storage with n offline-message deliveries, each delivered at T0 + 10 s. */
    private JpaWebhooks deliveredAtTenSeconds(int n) {
        JpaWebhooks hooks = emptyStorage().webhooks();
        hooks.add(webhook("offline-message.created"));
        for (int i = 0; i < n; i++) hooks.enqueue(offline(i));
        assertThat(tryAll(hooks, T0.plusSeconds(10), true)).isEqualTo(n);
        return hooks;
    }

    @Test
    void aWebhookAddedOrRemovedThroughThisStorageIsSeenByItsNextEnqueue() {
        emptyStorage();
        JpaWebhooks hooks = anotherStorage(() -> 0L).webhooks(); // the snapshot never ages: only changes count
        hooks.enqueue(posted("c1", 1)); // remembers that nobody subscribed
        Webhook posts = webhook("message.posted");
        hooks.add(posts);
        hooks.enqueue(posted("c1", 2));
        assertThat(hooks.deliveriesOf(posts.id(), 10)).hasSize(1);

        Webhook later = webhook("message.posted");
        hooks.add(later);
        hooks.remove(posts.id());
        hooks.enqueue(posted("c1", 3));
        assertThat(hooks.deliveriesOf(later.id(), 10)).hasSize(1);
        assertThat(hooks.countByState()).containsEntry(DeliveryState.PENDING, 1L);
    }

    @Test
    void aWebhookAddedInACallersTransactionIsSeenOnceItCommitsThoughAnotherThreadReadBefore() {
        emptyStorage();
        JpaStorage storage = anotherStorage(() -> 0L);
        JpaWebhooks hooks = storage.webhooks();
        Webhook posts = webhook("message.posted");
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            storage.units().inTransaction(() -> {
                hooks.add(posts);
                // before the commit, another thread stores an event: it reads, and remembers, no subscriber
                try {
                    other.submit(() -> hooks.enqueue(posted("c1", 1))).get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            hooks.enqueue(posted("c1", 2));
            assertThat(hooks.deliveriesOf(posts.id(), 10)).hasSize(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aWebhookAddedThroughAnotherInstanceIsSeenOnceTheSnapshotIsASecondOld() {
        JpaWebhooks elsewhere = emptyStorage().webhooks();
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        JpaWebhooks here = anotherStorage(nanos::get).webhooks();
        here.enqueue(posted("c1", 1)); // remembers that nobody subscribed
        Webhook posts = webhook("message.posted");
        elsewhere.add(posts);

        nanos.addAndGet(SubscriptionSnapshot.TIME_TO_LIVE.toNanos() - 1);
        here.enqueue(posted("c1", 2));
        assertThat(here.deliveriesOf(posts.id(), 10))
                .as("within the second: from the snapshot")
                .isEmpty();

        nanos.addAndGet(1);
        here.enqueue(posted("c1", 3));
        assertThat(here.deliveriesOf(posts.id(), 10)).hasSize(1);
    }

    @Test
    void aWebhookRemovedThroughAnotherInstanceGetsNoDeliveryAndTheEventIsStoredAllTheSame() {
        JpaStorage storage = emptyStorage();
        JpaWebhooks elsewhere = storage.webhooks();
        JpaStorage hereStorage = anotherStorage(() -> 0L);
        JpaWebhooks here = hereStorage.webhooks();
        Webhook posts = webhook("message.posted");
        elsewhere.add(posts);
        here.enqueue(posted("c1", 1)); // remembers the subscription
        elsewhere.remove(posts.id());

        hereStorage.units().inTransaction(() -> {
            here.enqueue(posted("c1", 2)); // the snapshot still names it: the insert skips it
            return null;
        });
        assertThat(here.countByState()).containsEntry(DeliveryState.PENDING, 0L);
    }
}
