package dev.livechat.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback that answers as told: fails (500), lets a request time out (no
 * answer for longer than the sender waits), or acknowledges (204). It records every request and,
 * separately, those it acknowledged, and verifies signatures as a receiver would: by its own HMAC.
 */
final class WebhookReceiver implements AutoCloseable {
    enum Mode {
        FAIL,
        TIME_OUT,
        REDIRECT,
        ACKNOWLEDGE
    }

    record Received(String event, String delivery, String signature, String body, JsonNode json) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private volatile Mode mode = Mode.ACKNOWLEDGE;
    /** Requests to fail before the mode applies again (0: the mode applies to all). */
    private final AtomicInteger failuresLeft = new AtomicInteger();

    final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Received> acknowledged = new ConcurrentLinkedQueue<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        Received r = new Received(
                headers.getFirst("X-Livechat-Event"),
                headers.getFirst("X-Livechat-Delivery"),
                headers.getFirst("X-Livechat-Signature"),
                body,
                JSON.readTree(body));
        received.add(r);
        Mode now = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? Mode.FAIL : mode;
        switch (now) {
            case FAIL -> exchange.sendResponseHeaders(500, -1);
            case TIME_OUT -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(HttpWebhookSender.TIMEOUT.toMillis() + 1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(204, -1);
            }
            case REDIRECT -> {
                exchange.getResponseHeaders().add("Location", url() + "/moved");
                exchange.sendResponseHeaders(307, -1);
            }
            case ACKNOWLEDGE -> {
                acknowledged.add(r);
                exchange.sendResponseHeaders(204, -1);
            }
        }
        exchange.close();
    }

    /** Whether the signature header is {@code t=…,v1=hex HMAC-SHA256(secret, t + "." + body)}, computed here. */
    static boolean signedWith(String secret, Received r) {
        String[] parts = r.signature().split(",");
        if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) return false;
        String t = parts[0].substring(2);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts[1].substring(3)));
        } catch (Exception e) {
            return false;
        }
    }

    List<Received> acknowledgedOf(String conversation) {
        List<Received> of = new ArrayList<>();
        for (Received r : acknowledged)
            if (conversation.equals(r.json().path("data").path("conversationId").asText())) of.add(r);
        return of;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
