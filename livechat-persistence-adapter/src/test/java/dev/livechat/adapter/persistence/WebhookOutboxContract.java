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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The webhook outbox over a real database: what H2 and PostgreSQL must both do. */
abstract class WebhookOutboxContract {
    static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A storage whose tables are empty. */
    abstract JpaStorage emptyStorage();

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
}
