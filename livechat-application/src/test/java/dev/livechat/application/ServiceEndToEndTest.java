package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's curl walk-through, through HTTP on loopback against the assembled service (H2 file,
 * SMTP to GreenMail): from the manager's first channel to the transcript in a mailbox, then a
 * restart on the same data folder.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServiceEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FIRST = "Bonjour, ma facture est en double.";

    @TempDir
    Path data;

    private int smtpPort;
    private GreenMail greenMail;

    @BeforeEach
    void startMail() {
        smtpPort = E2e.freePort();
        greenMail = E2e.greenMail(smtpPort);
    }

    @AfterEach
    void stopMail() {
        greenMail.stop();
    }

    @Test
    void aConversationFromStartToTranscriptThenARestart() throws Exception {
        Map<String, String> env = E2e.env(data, E2e.smtp(smtpPort));
        String channel;
        User ana;
        Visitor marie;
        List<String> messagesBefore;
        long startedEventId;
        try (Instance one = Instance.start(env)) {
            Http http = one.http;

            Reply health = http.get("/health", null).hasStatus(200);
            assertThat(health.text("status")).isEqualTo("UP");
            assertThat(health.text("database")).isEqualTo("UP");
            Reply openApi = http.get("/openapi.json", null).hasStatus(200);
            assertThat(openApi.text("openapi")).startsWith("3.1");
            assertThat(openApi.json().path("paths").has("/api/v1/conversations"))
                    .isTrue();

            // no or unknown credentials
            http.get("/api/v1/channels", null).isProblem(401);
            http.get("/api/v1/channels", "an-unknown-token-0123456789").isProblem(401);

            // the manager sets up a channel and two operators with different languages
            channel = one.channel("Website support");
            ana = one.operator("Ana Dupont", "fr", "BE", List.of("Billing"), channel);
            User bob = one.operator("Bob Miller", "en", "US", List.of("Hardware"), channel);
            http.post("/api/v1/channels", ana.token(), Map.of("name", "Mine")).isProblem(403);
            one.presence(ana, "ONLINE");
            one.presence(bob, "ONLINE");
            assertThat(http.get("/api/v1/me", bob.token()).hasStatus(200).text("presence"))
                    .isEqualTo("ONLINE");

            try (SseClient events = SseClient.open(http, ana.token(), null)) {
                // a French-speaking visitor gets Ana, an English-speaking one Bob: the LANGUAGE rule
                marie = one.start(channel, "fr-BE,fr;q=0.9,en;q=0.5", "Marie Martin", FIRST);
                JsonNode started = marie.started().json();
                assertThat(started.path("status").asText()).isEqualTo("IN_PROGRESS");
                assertThat(started.path("operator").path("id").asText()).isEqualTo(ana.id());
                assertThat(started.path("operator").path("name").asText()).isEqualTo("Ana Dupont");
                assertThat(started.path("language").asText()).isEqualTo("fr-BE");
                assertThat(started.path("assignment").path("rule").asText()).isEqualTo("LANGUAGE");
                assertThat(started.path("assignment").has("trace"))
                        .as("no trace for a visitor")
                        .isFalse();

                Visitor john = one.start(channel, "en-US,en;q=0.8", "John Smith", "Hello, anyone there?");
                assertThat(john.started().json().path("operator").path("name").asText())
                        .isEqualTo("Bob Miller");
                assertThat(john.started().json().path("assignment").path("rule").asText())
                        .isEqualTo("LANGUAGE");

                startedEventId = lastOf(events.until(
                                e -> e.type().equals("conversation.started")
                                        && e.conversationId().equals(marie.id()),
                                WAIT))
                        .id();

                // messages both ways
                Reply fromAna = http.post(
                                conversation(marie.id(), "/messages"),
                                ana.token(),
                                Map.of("body", "Bonjour Marie, je regarde cela."))
                        .hasStatus(201);
                assertThat(fromAna.text("authorKind")).isEqualTo("OPERATOR");
                assertThat(fromAna.text("author")).isEqualTo("Ana Dupont");
                long anaSeq = fromAna.json().path("seq").asLong();
                Reply fromMarie = http.post(
                                conversation(marie.id(), "/messages"),
                                marie.token(),
                                Map.of("body", "Merci, c'est la facture 117."))
                        .hasStatus(201);
                assertThat(fromMarie.text("authorKind")).isEqualTo("VISITOR");
                assertThat(fromMarie.json().path("seq").asLong()).isGreaterThan(anaSeq);
                events.until(
                        e -> e.type().equals("message.posted")
                                && e.conversationId().equals(marie.id())
                                && e.json()
                                        .path("message")
                                        .path("body")
                                        .asText()
                                        .equals("Merci, c'est la facture 117."),
                        WAIT);

                Reply all = http.get(conversation(marie.id(), "/messages"), marie.token())
                        .hasStatus(200);
                assertThat(all.each("body"))
                        .containsSubsequence(FIRST, "Bonjour Marie, je regarde cela.", "Merci, c'est la facture 117.");
                assertThat(all.json().findValues("seq").stream().map(JsonNode::asLong))
                        .isSorted();
                Reply after = http.get(conversation(marie.id(), "/messages?after=" + anaSeq), ana.token())
                        .hasStatus(200);
                assertThat(after.each("body")).containsExactly("Merci, c'est la facture 117.");
                http.get(conversation(marie.id(), "/messages"), john.token()).isProblem(403);
                http.post(conversation(marie.id(), "/messages"), null, Map.of("body", "x"))
                        .isProblem(401);

                // status changes
                assertThat(http.put(
                                        conversation(marie.id(), "/status"),
                                        ana.token(),
                                        Map.of("status", "WAITING_FOR_CUSTOMER"))
                                .hasStatus(200)
                                .text("status"))
                        .isEqualTo("WAITING_FOR_CUSTOMER");
                assertThat(http.put(conversation(marie.id(), "/status"), ana.token(), Map.of("status", "IN_PROGRESS"))
                                .hasStatus(200)
                                .text("status"))
                        .isEqualTo("IN_PROGRESS");
                http.put(conversation(marie.id(), "/status"), ana.token(), Map.of("status", "SLEEPING"))
                        .isProblem(400);

                // the panel's fields: tags, note, expertise
                http.post(conversation(marie.id(), "/tags"), ana.token(), Map.of("name", "Invoice"))
                        .hasStatus(200);
                http.post(conversation(marie.id(), "/tags"), ana.token(), Map.of("name", "Duplicate charge"))
                        .hasStatus(200);
                assertThat(http.get("/api/v1/tags?prefix=Inv", bob.token())
                                .hasStatus(200)
                                .each("name"))
                        .contains("Invoice");
                assertThat(http.delete(conversation(marie.id(), "/tags/Invoice"), ana.token())
                                .hasStatus(200)
                                .json()
                                .path("tags")
                                .toString())
                        .isEqualTo("[\"Duplicate charge\"]");
                http.put(conversation(marie.id(), "/note"), ana.token(), Map.of("note", "Refund the duplicate."))
                        .hasStatus(200);
                http.put(
                                conversation(marie.id(), "/expertise"),
                                ana.token(),
                                Map.of("names", List.of("Billing", "Refunds")))
                        .hasStatus(200);

                JsonNode panel = http.get(conversation(marie.id(), "/panel"), ana.token())
                        .hasStatus(200)
                        .json();
                assertThat(panel.path("id").asText()).isEqualTo(marie.id());
                assertThat(panel.path("channel").path("name").asText()).isEqualTo("Website support");
                assertThat(panel.path("status").asText()).isEqualTo("IN_PROGRESS");
                assertThat(panel.path("outcome").isNull()).isTrue();
                assertThat(panel.path("visitor").path("name").asText()).isEqualTo("Marie Martin");
                assertThat(panel.path("contact").isNull())
                        .as("a guest has no contact")
                        .isTrue();
                assertThat(panel.path("operators").findValuesAsText("name")).containsExactly("Ana Dupont");
                assertThat(panel.path("note").asText()).isEqualTo("Refund the duplicate.");
                assertThat(panel.path("noteEditedBy").asText()).isEqualTo("Ana Dupont");
                assertThat(panel.path("tags").toString()).isEqualTo("[\"Duplicate charge\"]");
                assertThat(panel.path("expertise").toString()).isEqualTo("[\"Billing\",\"Refunds\"]");
                assertThat(panel.path("language").asText()).isEqualTo("fr-BE");
                assertThat(panel.path("assignment").path("rule").asText()).isEqualTo("LANGUAGE");
                assertThat(panel.path("assignment").path("trace")).isNotEmpty();
                http.get(conversation(marie.id(), "/panel"), marie.token()).isProblem(403);

                // close, then the transcript by mail
                http.post(conversation(marie.id(), "/transcript"), ana.token(), Map.of("email", "marie@example.org"))
                        .isProblem(409);
                JsonNode closed = http.post(conversation(marie.id(), "/close"), ana.token(), null)
                        .hasStatus(200)
                        .json();
                assertThat(closed.path("status").isNull()).isTrue();
                assertThat(closed.path("outcome").asText()).isEqualTo("SUCCESS");
                assertThat(closed.path("closedAt").asText()).isNotBlank();
                http.post(conversation(marie.id(), "/messages"), marie.token(), Map.of("body", "Encore moi"))
                        .isProblem(409);

                Map<String, String> key = Map.of("Idempotency-Key", "walk-through-1");
                Reply requested = http.send(
                                "POST",
                                conversation(marie.id(), "/transcript"),
                                ana.token(),
                                Map.of("email", "marie.martin@example.org"),
                                key)
                        .hasStatus(202);
                assertThat(requested.text("requestId")).isNotBlank();
                assertThat(requested.text("state")).isIn("PENDING", "SENT");
                Reply again = http.send(
                                "POST",
                                conversation(marie.id(), "/transcript"),
                                ana.token(),
                                Map.of("email", "marie.martin@example.org"),
                                key)
                        .hasStatus(202);
                assertThat(again.text("requestId")).isEqualTo(requested.text("requestId"));

                assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
                E2e.await(
                        WAIT,
                        "the transcript request is SENT",
                        () -> http.get(conversation(marie.id(), "/transcripts"), ana.token())
                                .each("state")
                                .equals(List.of("SENT")));
                events.until(
                        e -> e.type().equals("transcript.state")
                                && e.conversationId().equals(marie.id()),
                        WAIT);
                Thread.sleep(2_500); // two more passes of the worker: still one mail
                MimeMessage[] mails = greenMail.getReceivedMessages();
                assertThat(mails).hasSize(1);
                assertThat(mails[0].getSubject()).isEqualTo("Conversation with Ana Dupont");
                assertThat(((InternetAddress) mails[0].getAllRecipients()[0]).getAddress())
                        .isEqualTo("marie.martin@example.org");
                assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[0]))
                        .contains("Bonjour Marie");
            }
            messagesBefore = http.get(conversation(marie.id(), "/messages"), ana.token())
                    .hasStatus(200)
                    .each("body");
            assertThat(http.get("/health", null).hasStatus(200).text("database"))
                    .isEqualTo("UP");
        }

        // the same data folder, a new process: everything is still there, nothing is sent twice
        try (Instance two = Instance.start(env)) {
            Http http = two.http;
            assertThat(http.get(conversation(marie.id(), "/messages"), ana.token())
                            .hasStatus(200)
                            .each("body"))
                    .isEqualTo(messagesBefore);
            JsonNode panel = http.get(conversation(marie.id(), "/panel"), ana.token())
                    .hasStatus(200)
                    .json();
            assertThat(panel.path("outcome").asText()).isEqualTo("SUCCESS");
            assertThat(panel.path("note").asText()).isEqualTo("Refund the duplicate.");
            assertThat(http.get(conversation(marie.id(), "/transcripts"), ana.token())
                            .each("state"))
                    .containsExactly("SENT");
            Reply users = http.get("/api/v1/users", E2e.ADMIN).hasStatus(200);
            assertThat(users.each("role")).containsOnlyOnce("LIVECHAT_MANAGER");
            assertThat(users.each("name")).containsExactlyInAnyOrder("admin", "Ana Dupont", "Bob Miller");
            assertThat(http.get("/api/v1/channels", E2e.ADMIN).each("id")).containsExactly(channel);

            // resume the event stream across the restart: what followed is replayed from the database
            try (SseClient resumed = SseClient.open(http, ana.token(), startedEventId)) {
                List<SseClient.Event> replayed = resumed.until(
                        e -> e.type().equals("conversation.closed")
                                && e.conversationId().equals(marie.id()),
                        WAIT);
                assertThat(replayed).allMatch(e -> e.id() > startedEventId);
                assertThat(replayed).extracting(SseClient.Event::type).contains("message.posted", "status.changed");
            }
            Thread.sleep(1_500);
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "outbox named by LIVECHAT_OUTBOX_DIR: {0}")
    @ValueSource(booleans = {false, true})
    void withoutSmtpATranscriptIsAnEmlFileInTheOutbox(boolean namedOutbox) throws Exception {
        Path outbox = namedOutbox ? data.resolve("mails") : data.resolve("outbox");
        Map<String, String> env = namedOutbox ? E2e.env(data, "LIVECHAT_OUTBOX_DIR", outbox.toString()) : E2e.env(data);
        try (Instance one = Instance.start(env)) {
            Http http = one.http;
            String channel = one.channel("Outbox");
            User carla = one.operator("Carla Weber", "de", "DE", List.of(), channel);
            one.presence(carla, "ONLINE");
            Visitor visitor = one.start(channel, "de-DE", "Hans Vogel", "Guten Tag!");
            http.post(conversation(visitor.id(), "/messages"), carla.token(), Map.of("body", "Wie kann ich helfen?"))
                    .hasStatus(201);
            JsonNode closed = http.post(conversation(visitor.id(), "/close"), visitor.token(), null)
                    .hasStatus(200)
                    .json();
            assertThat(closed.path("outcome").asText()).isEqualTo("SUCCESS");
            assertThat(closed.has("note")).as("the visitor's view").isFalse();

            // a visitor's address is confirmed first: only a confirmation mail is written
            assertThat(http.post(
                                    conversation(visitor.id(), "/transcript"),
                                    visitor.token(),
                                    Map.of("email", "other@example.org"))
                            .hasStatus(202)
                            .text("state"))
                    .isEqualTo("AWAITING_CONFIRMATION");
            assertThat(emls(outbox))
                    .singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString()).startsWith("confirmation-"));
            // an operator sends to any address at once
            http.post(
                            conversation(visitor.id(), "/transcript"),
                            carla.token(),
                            Map.of("email", "hans.vogel@example.org"))
                    .hasStatus(202);

            E2e.await(
                    WAIT, "an .eml file in " + outbox, () -> transcripts(outbox).size() == 1);
            MimeMessage mail = E2e.parse(transcripts(outbox).get(0));
            assertThat(mail.getSubject()).isEqualTo("Conversation with Carla Weber");
            assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
                    .isEqualTo("hans.vogel@example.org");
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            E2e.await(
                    WAIT,
                    "the request is SENT",
                    () -> http.get(conversation(visitor.id(), "/transcripts"), carla.token())
                            .each("state")
                            .equals(List.of("AWAITING_CONFIRMATION", "SENT")));
            assertThat(emls(outbox)).hasSize(2);
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    private static List<Path> transcripts(Path outbox) {
        return emls(outbox).stream()
                .filter(f -> f.getFileName().toString().startsWith("transcript-"))
                .toList();
    }

    private static List<Path> emls(Path outbox) {
        if (!Files.isDirectory(outbox)) return List.of();
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SseClient.Event lastOf(List<SseClient.Event> events) {
        return events.get(events.size() - 1);
    }
}
