package dev.livechat.application;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.port.out.WebhookSender;
import dev.livechat.domain.webhook.SendResult;
import dev.livechat.domain.webhook.WebhookRequest;
import dev.livechat.domain.webhook.WebhookUrl;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Webhook requests over the JDK's HTTP client: POST of the stored JSON body with {@code
 * X-Livechat-Event}, {@code X-Livechat-Delivery} and {@code X-Livechat-Signature}; a 2xx within
 * {@link #TIMEOUT} acknowledges; redirects are not followed (a 3xx is a failed try), so a receiver
 * cannot bounce the request to an address that was never checked.
 */
final class HttpWebhookSender implements WebhookSender {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookAddresses addresses;
    private final Clock clock;
    /**
     * Built on the first delivery, not at start: building it loads the JDK's TLS stack, about a tenth
     * of a second of the service's start, which a service without webhooks never needs.
     */
    private volatile HttpClient client;

    HttpWebhookSender(boolean allowPrivate, Clock clock) {
        this.addresses = new WebhookAddresses(allowPrivate);
        this.clock = clock;
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built != null) return built;
        synchronized (this) {
            if (client == null)
                client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(TIMEOUT)
                        .build();
            return client;
        }
    }

    @Override
    public void checkTarget(WebhookUrl url) {
        addresses.check(url.host());
    }

    @Override
    public boolean allowsHttp() {
        return addresses.allowPrivate();
    }

    @Override
    public SendResult send(WebhookRequest request) {
        try {
            addresses.check(request.url().host());
        } catch (InvalidValueException refused) {
            return SendResult.notAnswered("refused: " + refused.getMessage());
        }
        long t = clock.instant().getEpochSecond();
        HttpRequest post = HttpRequest.newBuilder(request.url().value())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "livechat-webhooks/1")
                .header("X-Livechat-Event", request.event().value())
                .header("X-Livechat-Delivery", request.delivery().value())
                .header("X-Livechat-Signature", WebhookSignature.header(request.secret(), t, request.body()))
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
        try {
            return SendResult.answered(
                    client().send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return SendResult.notAnswered("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return SendResult.notAnswered("could not post: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.notAnswered("interrupted while posting (the service was stopping)");
        }
    }
}
