package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server that listens before the service is ready holds requests at its gate, over real HTTP. */
class StartGateTest {
    private static final Duration HELD = Duration.ofMillis(400);

    @Test
    void requestsThatComeBeforeTheServiceOpensWaitAndAreAnsweredOnceItDoes() throws Exception {
        try (TestApi t = new TestApi()) {
            RestApi api = new RestApi(t.chat, t.store.events(), () -> Map.of("database", true), TestApi.settings());
            api.listen("127.0.0.1", 0);
            try {
                Http http = new Http(api.port());
                CompletableFuture<Reply> health = http.sendAsync("GET", "/health", null, null);
                CompletableFuture<Reply> me = http.sendAsync("GET", "/api/v1/me", TestApi.ADMIN, null);
                Thread.sleep(HELD.toMillis());
                assertThat(health).as("held while the service starts").isNotDone();
                assertThat(me).isNotDone();

                api.open();

                assertThat(health.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
                assertThat(me.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
                assertThat(http.get("/health", null).status())
                        .as("answered at once after")
                        .isEqualTo(200);
            } finally {
                api.stop();
            }
        }
    }

    @Test
    void aServiceThatStopsBeforeOpeningAnswersItsHeldRequests503WithRetryAfter() throws Exception {
        try (TestApi t = new TestApi()) {
            RestApi api = new RestApi(t.chat, t.store.events(), () -> Map.of("database", true), TestApi.settings());
            api.listen("127.0.0.1", 0);
            Http http = new Http(api.port());
            CompletableFuture<Reply> held = http.sendAsync("GET", "/api/v1/me", TestApi.ADMIN, null);
            Thread.sleep(HELD.toMillis());
            long stopping = System.nanoTime();

            api.stop();

            Reply refused = held.get(10, TimeUnit.SECONDS);
            refused.isProblem(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(Duration.ofNanos(System.nanoTime() - stopping))
                    .as("answered when the stop began, not at its 10 s timeout")
                    .isLessThan(RestApi.STOP_TIMEOUT);
        }
    }
}
