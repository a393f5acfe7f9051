package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.application.WebhookReceiver.Mode;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.webhook.DeliveryId;
import dev.livechat.domain.webhook.SendResult;
import dev.livechat.domain.webhook.WebhookEventName;
import dev.livechat.domain.webhook.WebhookRequest;
import dev.livechat.domain.webhook.WebhookSecret;
import dev.livechat.domain.webhook.WebhookUrl;
import java.net.InetAddress;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The HTTP adapter of webhooks: where it refuses to post, redirects, and what a try answers. */
class HttpWebhookSenderTest {
    private static final WebhookSecret SECRET = new WebhookSecret("sender-test-secret-0123");

    private static WebhookRequest to(String url) {
        return new WebhookRequest(
                WebhookUrl.of(url, true),
                WebhookEventName.of("message.posted"),
                DeliveryId.random(),
                "{\"a\":1}",
                SECRET);
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefusedUnlessAllowed() {
        var refusing = new WebhookAddresses(false);
        for (String host : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "224.0.0.1",
            "localhost"
        })
            assertThatThrownBy(() -> refusing.check(host))
                    .as(host)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(refusing.check("93.184.216.34"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThat(new WebhookAddresses(true).check("127.0.0.1")).hasSize(1);
    }

    @Test
    void aTryToALoopbackReceiverIsRefusedBeforeAnyConnectionUnlessAllowed() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            SendResult refused = new HttpWebhookSender(false, Clock.systemUTC()).send(to(receiver.url()));
            assertThat(refused.acknowledged()).isFalse();
            assertThat(refused.error())
                    .hasValueSatisfying(e -> assertThat(e).contains("refused").contains("127.0.0.1"));
            assertThat(receiver.received).isEmpty();

            SendResult sent = new HttpWebhookSender(true, Clock.systemUTC()).send(to(receiver.url()));
            assertThat(sent.acknowledged()).isTrue();
            assertThat(receiver.received).singleElement().satisfies(r -> {
                assertThat(r.event()).isEqualTo("message.posted");
                assertThat(WebhookReceiver.signedWith(SECRET.value(), r)).isTrue();
            });
        }
    }

    @Test
    void aRedirectIsNotFollowedAndDoesNotAcknowledge() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.mode(Mode.REDIRECT);
            SendResult answer = new HttpWebhookSender(true, Clock.systemUTC()).send(to(receiver.url()));
            assertThat(answer.acknowledged()).isFalse();
            assertThat(answer.status()).hasValue(307);
            assertThat(receiver.received)
                    .as("the redirect's target was never asked")
                    .hasSize(1);
        }
    }

    @Test
    void aClosedPortIsAFailedTryWithItsReason() {
        SendResult answer = new HttpWebhookSender(true, Clock.systemUTC())
                .send(to("http://127.0.0.1:" + E2e.freePort() + "/hooks"));
        assertThat(answer.acknowledged()).isFalse();
        assertThat(answer.status()).isEmpty();
        assertThat(answer.error()).hasValueSatisfying(e -> assertThat(e).startsWith("could not post"));
    }
}
