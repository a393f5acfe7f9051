package dev.livechat.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final WebhookRetry RETRY =
            new WebhookRetry(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));

    private static WebhookDelivery fresh() {
        return new WebhookDelivery(
                DeliveryId.random(),
                WebhookId.random(),
                WebhookEventName.of("message.posted"),
                "{}",
                T0,
                DeliveryProgress.due(T0));
    }

    @Nested
    class Retries {
        @Test
        void theWaitDoublesFromTheFirstDelayUpToTheMaximum() {
            assertThat(RETRY.nextTry(1, T0, T0)).contains(T0.plusSeconds(10));
            assertThat(RETRY.nextTry(2, T0, T0)).contains(T0.plusSeconds(20));
            assertThat(RETRY.nextTry(4, T0, T0)).contains(T0.plusSeconds(80));
            assertThat(RETRY.nextTry(30, T0, T0)).contains(T0.plus(Duration.ofHours(1)));
        }

        @Test
        void noTryIsScheduledBeyondTwentyFourHoursAfterTheEvent() {
            Instant late = T0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(30));
            assertThat(RETRY.nextTry(30, T0, late)).isEmpty();
            assertThat(RETRY.nextTry(1, T0, late)).contains(late.plusSeconds(10));
        }
    }

    @Nested
    class Tries {
        @Test
        void aFailedTryStaysPendingWithItsStatusAndTheNextTry() {
            WebhookDelivery after = fresh().tried(SendResult.answered(500), RETRY, T0);
            assertThat(after.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(after.progress().attempts()).isEqualTo(1);
            assertThat(after.progress().lastStatus()).hasValue(500);
            assertThat(after.progress().lastError()).contains("HTTP 500");
            assertThat(after.progress().nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        }

        @Test
        void aRedirectDoesNotAcknowledge() {
            assertThat(fresh().tried(SendResult.answered(302), RETRY, T0).state())
                    .isEqualTo(DeliveryState.PENDING);
        }

        @Test
        void aTwoHundredAfterFailuresDeliversAndClearsTheError() {
            WebhookDelivery failed = fresh().tried(SendResult.notAnswered("no answer within 10 s"), RETRY, T0);
            assertThat(failed.progress().lastStatus()).isEmpty();
            assertThat(failed.progress().lastError()).contains("no answer within 10 s");
            WebhookDelivery delivered = failed.tried(SendResult.answered(204), RETRY, T0.plusSeconds(10));
            assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(delivered.progress().attempts()).isEqualTo(2);
            assertThat(delivered.progress().lastError()).isEmpty();
            assertThat(delivered.body()).isEqualTo(failed.body());
            assertThat(delivered.id()).isEqualTo(failed.id());
        }

        @Test
        void aTryFailingAfterTheWindowFailsTheDeliveryForGood() {
            Instant late = T0.plus(Duration.ofHours(24));
            WebhookDelivery after = fresh().tried(SendResult.answered(503), RETRY, late);
            assertThat(after.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(after.progress().lastError()).contains("HTTP 503");
        }
    }

    @Nested
    class Values {
        @Test
        void onlyHttpsUnlessHttpIsAllowed() {
            assertThat(WebhookUrl.of("https://hooks.example.com/x", false).host())
                    .isEqualTo("hooks.example.com");
            assertThatThrownBy(() -> WebhookUrl.of("http://hooks.example.com/x", false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("https");
            assertThat(WebhookUrl.of("http://127.0.0.1:9/x", true).host()).isEqualTo("127.0.0.1");
            assertThat(WebhookUrl.of("https://[::1]/x", true).host()).isEqualTo("::1");
        }

        @Test
        void aUrlWithCredentialsAFragmentOrNoHostIsRefusedNamingUrl() {
            for (String bad : new String[] {
                "https://user:pw@hooks.example.com/", "https://hooks.example.com/#x", "https:///x", "not a url", ""
            })
                assertThatThrownBy(() -> WebhookUrl.of(bad, false))
                        .isInstanceOfSatisfying(
                                InvalidValueException.class,
                                e -> assertThat(e.field()).isEqualTo("url"));
        }

        @Test
        void onlyKnownEventNamesAndTheSecretIsNeverPrinted() {
            assertThat(WebhookEventName.subscribable("offline-message.created")).isTrue();
            assertThat(WebhookEventName.subscribable("status.changed")).isFalse();
            assertThatThrownBy(() -> WebhookEventName.of("note.edited")).isInstanceOf(InvalidValueException.class);
            WebhookSecret secret = WebhookSecret.random();
            assertThat(secret.value()).startsWith("whsec_").hasSizeGreaterThan(40);
            assertThat(secret.toString()).doesNotContain(secret.value());
            assertThatThrownBy(() -> new WebhookSecret("short")).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void aStandaloneEventHasNoOrderingKey() {
            var event = WebhookEvent.standalone("offline-message.created", T0, Map.of("email", "a@example.com"));
            assertThat(event.orderingKey()).isEqualTo(Optional.empty());
            var ordered = WebhookEvent.ofConversation("rating.created", "c-1", T0, Map.of("score", 5));
            assertThat(ordered.orderingKey()).contains("c-1");
        }
    }
}
