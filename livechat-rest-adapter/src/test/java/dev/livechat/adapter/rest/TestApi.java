package dev.livechat.adapter.rest;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.fixtures.InMemoryAttachments;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.port.out.TypingSignalsPort;
import dev.livechat.domain.typing.TypingNotice;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The REST API over the real domain and its in-memory storage, on a free loopback port, with a
 * bootstrap manager; helpers seed channels, users and conversations through HTTP.
 */
final class TestApi implements AutoCloseable {
    static final String ADMIN = "bootstrap-admin-token-0123456789";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    final InMemoryStore store = new InMemoryStore(clock);
    final RecordingMailer mailer = new RecordingMailer();
    final InMemoryAttachments attachments = new InMemoryAttachments(clock);
    /** What the offline-message hook heard, in order. */
    final List<dev.livechat.domain.offline.OfflineMessage> offlineCreated =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    final LiveChat chat;
    final RestApi api;
    final Http http;

    record User(String id, String name, String token) {}

    record Visitor(String conversation, String token, Reply started) {
        String path(String rest) {
            return "/api/v1/conversations/" + conversation + rest;
        }
    }

    /** Rate limits off: a test starts more conversations from one loopback address in a second than a site in a minute (RateLimitTest has them on). */
    static RestSettings settings() {
        return RestSettings.defaults()
                .withRateLimits(RateLimits.off())
                .withCountryHeader("CF-IPCountry")
                .withHeartbeat(Duration.ofMillis(300))
                .withEventPoll(Duration.ofMillis(50))
                .withMaxBodyBytes(8_192);
    }

    TestApi() {
        this(settings(), () -> Map.of("database", true));
    }

    TestApi(RestSettings settings, HealthCheck health) {
        AtomicReference<RestApi> started = new AtomicReference<>();
        chat = LiveChat.builder()
                .storage(store.ports())
                .offlineMessages(store.offlineMessages())
                .offlineMessageListener(offlineCreated::add)
                .mailer(mailer)
                .attachments(attachments, attachments)
                .attachmentRules(new AttachmentRules(
                        AttachmentApiTest.LIMIT, AttachmentRules.byDefault().allowed()))
                .clock(clock)
                .publisher(records -> {
                    RestApi api = started.get();
                    if (api != null) api.wake();
                })
                .typingSignals(new TypingSignalsPort() {
                    @Override
                    public void everywhere(TypingNotice notice) {
                        here(notice);
                    }

                    @Override
                    public void here(TypingNotice notice) {
                        RestApi api = started.get();
                        if (api != null) api.typing(notice);
                    }
                })
                .build();
        chat.users().bootstrapManager(ADMIN);
        api = new RestApi(chat, store.events(), health, settings);
        started.set(api);
        api.start("127.0.0.1", 0);
        http = new Http(api.port());
    }

    static String unique(String name) {
        return name + " " + NAMES.incrementAndGet();
    }

    String channel(String name) {
        return http.post("/api/v1/channels", ADMIN, Map.of("name", unique(name)))
                .hasStatus(201)
                .text("id");
    }

    User user(String name, String role, String mainLanguage, List<String> channels, List<String> expertise) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "@example.com");
        body.put("role", role);
        body.put("mainLanguage", mainLanguage);
        body.put("channels", channels);
        body.put("expertise", expertise);
        Reply created = http.post("/api/v1/users", ADMIN, body).hasStatus(201);
        return new User(created.text("id"), name, created.text("token"));
    }

    /** A LIVECHAT_USER of the channel, ONLINE. */
    User operator(String name, String mainLanguage, String channel, String... expertise) {
        User user = user(name, "LIVECHAT_USER", mainLanguage, List.of(channel), Arrays.asList(expertise));
        online(user);
        return user;
    }

    void online(User user) {
        http.put("/api/v1/me/presence", user.token(), Map.of("presence", "ONLINE"))
                .hasStatus(200);
    }

    /** Creates (or replaces) the channel's identity secret, as a manager. */
    String identitySecret(String channel) {
        return http.post("/api/v1/channels/" + channel + "/identity-secret", ADMIN, null)
                .hasStatus(201)
                .text("secret");
    }

    /** What the website's server computes: hex HMAC-SHA256(secret, subject). */
    static String hmac(String secret, String subject) {
        return new dev.livechat.domain.channel.IdentitySecret(secret).hashOf(subject);
    }

    Visitor start(String channel) {
        return start(Map.of("channelId", channel), Map.of());
    }

    Visitor start(Map<String, Object> body, Map<String, String> headers) {
        Reply started =
                http.send("POST", "/api/v1/conversations", null, body, headers).hasStatus(201);
        return new Visitor(started.text("id"), started.text("visitorToken"), started);
    }

    @Override
    public void close() {
        api.stop();
    }
}
