package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service started the way {@code main} starts it (its environment through
 * {@link LiveChatService#start(Map, boolean)}), and an HTTP client of it with helpers that set up
 * channels, users and conversations through the API as the bootstrap manager.
 */
final class Instance implements AutoCloseable {
    record User(String id, String name, String token) {}

    record Visitor(String id, String token, Reply started) {}

    final LiveChatService service;
    final Http http;

    private Instance(LiveChatService service) {
        this.service = service;
        this.http = new Http(service.port());
    }

    static Instance start(Map<String, String> env) {
        return new Instance(LiveChatService.start(env, false));
    }

    /** With a clock the test moves (the workers' and the rules' time). */
    static Instance start(Map<String, String> env, java.time.Clock clock) {
        return new Instance(LiveChatService.start(Config.from(env, false), clock));
    }

    static String conversation(String id, String rest) {
        return "/api/v1/conversations/" + id + rest;
    }

    String channel(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("maxSessionsPerOperator", null);
        Reply created = http.post("/api/v1/channels", E2e.ADMIN, body).hasStatus(201);
        assertThat(created.text("name")).isEqualTo(name);
        return created.text("id");
    }

    User operator(String name, String language, String country, List<String> expertise, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.com");
        body.put("role", "LIVECHAT_USER");
        body.put("mainLanguage", language);
        body.put("languages", List.of());
        body.put("country", country);
        body.put("expertise", expertise);
        body.put("channels", List.of(channel));
        Reply created = http.post("/api/v1/users", E2e.ADMIN, body).hasStatus(201);
        assertThat(created.text("token")).isNotBlank();
        return new User(created.text("id"), name, created.text("token"));
    }

    void presence(User user, String presence) {
        Reply changed = http.put("/api/v1/me/presence", user.token(), Map.of("presence", presence))
                .hasStatus(200);
        assertThat(changed.text("presence")).isEqualTo(presence);
    }

    Visitor start(String channel, String acceptLanguage, String name, String message) {
        Map<String, Object> visitor = new LinkedHashMap<>();
        visitor.put("name", name);
        visitor.put("email", name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.org");
        visitor.put("timeZone", "Europe/Brussels");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channelId", channel);
        body.put("visitor", visitor);
        if (message != null) body.put("message", message);
        Reply started = http.send(
                        "POST", "/api/v1/conversations", null, body, Map.of("Accept-Language", acceptLanguage))
                .hasStatus(201);
        assertThat(started.text("visitorToken")).isNotBlank();
        return new Visitor(started.text("id"), started.text("visitorToken"), started);
    }

    @Override
    public void close() {
        service.close();
    }
}
