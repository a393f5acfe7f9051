package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Health, the OpenAPI document's route, start on any port, and the graceful stop. */
class LifecycleTest {
    @Test
    void healthIsUpWhenEveryDependencyIs() {
        try (TestApi t = new TestApi()) {
            Reply up = t.http.get("/health", null).hasStatus(200);
            assertThat(up.json().toString()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\"}");
        }
    }

    @Test
    void healthNamesWhatIsDownWith503() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", false);
        checks.put("mail", true);
        try (TestApi t = new TestApi(TestApi.settings(), () -> checks)) {
            Reply down = t.http.get("/health", null).isProblem(503);
            assertThat(down.json().path("down").toString()).isEqualTo("[\"database\"]");
            assertThat(down.text("database")).isEqualTo("DOWN");
            assertThat(down.text("mail")).isEqualTo("UP");
            assertThat(down.text("detail")).isEqualTo("database is down");
        }
    }

    @Test
    void aFailingHealthCheckIs503AndAnErrorIsStillAProblem() {
        try (TestApi t = new TestApi(TestApi.settings(), () -> {
            throw new IllegalStateException("pool closed");
        })) {
            t.http.get("/health", null).isProblem(503);
        }
        try (TestApi t = new TestApi(TestApi.settings(), () -> {
            throw new AssertionError("a bug");
        })) {
            Reply bug = t.http.get("/health", null).isProblem(500);
            assertThat(bug.text("detail")).doesNotContain("a bug");
        }
    }

    @Test
    void stopLetsARequestInFlightFinishThenRefusesConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestApi t = new TestApi(TestApi.settings(), () -> {
            entered.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of("database", true);
        });
        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> t.http.get("/health", null));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(t::close);
        Thread.sleep(200);
        assertThat(stopping).as("stop waits for the request in flight").isNotDone();
        release.countDown();
        assertThat(inFlight.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        stopping.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> t.http.get("/health", null)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void stopEndsTheEventStreamsPromptly() throws Exception {
        TestApi t = new TestApi();
        try (SseClient stream = SseClient.open(t.http, TestApi.ADMIN, null)) {
            assertThat(stream.status).isEqualTo(200);
            long before = System.nanoTime();
            t.close();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));
            for (int i = 0; i < 50 && !stream.ended(); i++) Thread.sleep(50);
            assertThat(stream.ended()).isTrue();
        }
    }

    @Test
    void anApiIsStartedOnceOnAnyFreePort() {
        try (TestApi t = new TestApi()) {
            assertThat(t.api.port()).isPositive();
            assertThatThrownBy(() -> t.api.start("127.0.0.1", 0)).isInstanceOf(IllegalStateException.class);
            Reply doc = t.http.get("/openapi.json", null).hasStatus(200);
            assertThat(doc.contentType()).startsWith("application/json");
            assertThat(doc.text("openapi")).isEqualTo("3.1.0");
        }
    }
}
