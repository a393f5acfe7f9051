package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everyone a test of the whole API calls as, made through the API: the manager, an operator taking
 * part in the channel's conversations, a channel colleague who is offline, an operator of another
 * channel, a user without live chat access, and visitors.
 */
final class Cast {
    final Instance one;
    final String channel;
    final String otherChannel;
    final String managerId;
    /** ONLINE in {@link #channel}: every conversation started there is assigned to them. */
    final User taking;
    /** In {@link #channel} too, OFFLINE: a target of transfers, never assigned. */
    final User colleague;
    /** A LIVECHAT_USER of {@link #otherChannel} only: takes part in nothing of {@link #channel}. */
    final User outsider;
    /** Role USER: no live chat access. */
    final User user;

    private final AtomicInteger visitors = new AtomicInteger();

    Cast(Instance one) {
        this.one = one;
        this.channel = one.channel("Cast support");
        this.otherChannel = one.channel("Cast sales");
        this.managerId = one.http.get("/api/v1/me", E2e.ADMIN).hasStatus(200).text("id");
        this.taking = one.operator("Tara Taking", "fr", "BE", List.of("Billing"), channel);
        one.presence(taking, "ONLINE");
        this.colleague = one.operator("Colin Colleague", "fr", "BE", List.of(), channel);
        this.outsider = one.operator("Olga Outsider", "en", "GB", List.of(), otherChannel);
        one.presence(outsider, "ONLINE");
        this.user = user("Uma User", "USER");
    }

    /** A conversation and its visitor's token and email. */
    record Guest(String id, String token, String email) {
        String path(String rest) {
            return Instance.conversation(id, rest);
        }
    }

    /** A new conversation of {@link #channel}, assigned to {@link #taking}. */
    Guest conversation() {
        String name = "Visitor " + visitors.incrementAndGet();
        Visitor visitor = one.start(channel, "fr-BE", name, "Bonjour");
        assertThat(visitor.started().json().path("operator").path("id").asText())
                .isEqualTo(taking.id());
        // as Instance.start makes it
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.org";
        return new Guest(visitor.id(), visitor.token(), email);
    }

    /** A text file the guest posted in its conversation: the id of the attachment. */
    String attachment(Guest guest) {
        return new dev.livechat.testsupport.Uploads(one.http)
                .raw(
                        guest.path("/attachments"),
                        guest.token(),
                        "text/plain",
                        "notes.txt",
                        "notes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasStatus(201)
                .json()
                .path("attachment")
                .path("id")
                .asText();
    }

    private User user(String name, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com");
        body.put("role", role);
        body.put("mainLanguage", "en");
        body.put("languages", List.of());
        body.put("expertise", List.of());
        body.put("channels", List.of());
        Reply created = one.http.post("/api/v1/users", E2e.ADMIN, body).hasStatus(201);
        return new User(created.text("id"), name, created.text("token"));
    }
}
