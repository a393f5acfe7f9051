package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service instances on one PostgreSQL (a fresh schema) behave as one service: events cross
 * instances, a join race across them has one winner, and a transcript is mailed once and an
 * unanswered conversation handed on once although both instances' workers run. Only with
 * {@code -Ppostgres}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TwoInstancesTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dataA;

    @TempDir
    static Path dataB;

    private static PgSchema schema;
    private static GreenMail greenMail;
    private static Instance a;
    private static Instance b;
    private static String channel;
    private static User owner;

    @BeforeAll
    static void startTwoInstances() {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        schema = new PgSchema();
        int smtpPort = E2e.freePort();
        greenMail = E2e.greenMail(smtpPort);
        String[] shared = E2e.concat(schema.env(schema.jdbcUrl()), E2e.smtp(smtpPort));
        a = Instance.start(E2e.env(dataA, shared));
        b = Instance.start(E2e.env(dataB, shared));
        assertThat(a.service.port()).isNotEqualTo(b.service.port());
        channel = a.channel("Website support");
        owner = a.operator("Olga Owner", "en", "BE", List.of(), channel);
        b.presence(owner, "ONLINE");
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (a != null) a.close();
        } finally {
            try {
                if (b != null) b.close();
            } finally {
                try {
                    if (greenMail != null) greenMail.stop();
                } finally {
                    if (schema != null) schema.close();
                }
            }
        }
    }

    @Test
    void anEventPostedThroughAReachesASubscriberOfB() {
        try (SseClient onB = SseClient.open(b.http, owner.token(), null)) {
            Visitor visitor = a.start(channel, "en", "Eve Visitor", "Hello from A");
            Reply posted = a.http.post(
                            conversation(visitor.id(), "/messages"), visitor.token(), Map.of("body", "Again"))
                    .hasStatus(201);
            long seq = posted.json().path("seq").asLong();

            List<SseClient.Event> seen = onB.until(
                    e -> e.type().equals("message.posted")
                            && e.conversationId().equals(visitor.id())
                            && e.json().path("message").path("seq").asLong() == seq,
                    WAIT);
            assertThat(seen)
                    .anyMatch(e -> e.type().equals("conversation.started")
                            && e.conversationId().equals(visitor.id()));
            assertThat(seen).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aJoinRaceAcrossTheTwoInstancesHasOneWinner() throws Exception {
        Visitor visitor = a.start(channel, "en", "Jo Race", "I need an expert");
        assertThat(visitor.started().json().path("operator").path("id").asText())
                .isEqualTo(owner.id());
        b.http.put(conversation(visitor.id(), "/status"), owner.token(), Map.of("status", "LOOKING_FOR_HELP"))
                .hasStatus(200);
        List<User> joiners = IntStream.range(0, 12)
                .mapToObj(i -> (i % 2 == 0 ? a : b).operator("Joiner " + i, "en", "BE", List.of(), channel))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(joiners.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < joiners.size(); i++) {
                Instance through = i % 2 == 0 ? a : b;
                User joiner = joiners.get(i);
                replies.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return through.http.post(conversation(visitor.id(), "/join"), joiner.token(), null);
                        },
                        pool));
            }
            go.countDown();
            List<Reply> answers = new ArrayList<>();
            for (CompletableFuture<Reply> reply : replies) answers.add(reply.get(60, TimeUnit.SECONDS));

            List<Integer> won = IntStream.range(0, answers.size())
                    .filter(i -> answers.get(i).status() == 200)
                    .boxed()
                    .toList();
            assertThat(won).as("the joins that succeeded: %s", answers).hasSize(1);
            User winner = joiners.get(won.get(0));
            for (int i = 0; i < answers.size(); i++) {
                if (i == won.get(0)) continue;
                Reply lost = answers.get(i).isProblem(409);
                assertThat(lost.json().path("joinedBy").path("id").asText())
                        .as("joinedBy of %s", lost.body())
                        .isEqualTo(winner.id());
                assertThat(lost.json().path("joinedBy").path("name").asText()).isEqualTo(winner.name());
            }
            List<String> present = a.http.get(conversation(visitor.id(), "/panel"), owner.token())
                    .hasStatus(200)
                    .json()
                    .path("operators")
                    .findValuesAsText("id");
            assertThat(present)
                    .as("the owner and one new participant")
                    .containsExactlyInAnyOrder(owner.id(), winner.id());
            List<String> joinedLines = b
                    .http
                    .get(conversation(visitor.id(), "/messages"), owner.token())
                    .hasStatus(200)
                    .each("body")
                    .stream()
                    .filter(body -> body.endsWith("joined the conversation"))
                    .toList();
            assertThat(joinedLines).containsExactly(winner.name() + " joined the conversation");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnansweredConversationIsHandedOnOnceWhileBothInstancesRunWorkers() throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", "Hand-on");
        body.put("reassignAfterSeconds", 10);
        String handOn =
                a.http.post("/api/v1/channels", E2e.ADMIN, body).hasStatus(201).text("id");
        User silent = a.operator("Sid Silent", "en", "BE", List.of(), handOn);
        User helper = b.operator("Hana Helper", "en", "BE", List.of(), handOn);
        a.presence(silent, "ONLINE");
        b.presence(helper, "ONLINE");
        Visitor visitor = a.start(handOn, "en", "Walt Waiting", "Hello, anyone?");
        assertThat(visitor.started().json().path("operator").path("id").asText())
                .isEqualTo(silent.id());

        E2e.await(
                Duration.ofSeconds(40),
                "the hand-on to the helper",
                () -> b.http.get(conversation(visitor.id(), "/panel"), helper.token())
                        .json()
                        .path("operators")
                        .findValuesAsText("id")
                        .equals(List.of(helper.id())));
        b.http.post(conversation(visitor.id(), "/messages"), helper.token(), Map.of("body", "Here I am"))
                .hasStatus(201);
        Thread.sleep(6_000); // more passes of both workers

        List<String> handOns =
                a
                        .http
                        .get(conversation(visitor.id(), "/messages"), visitor.token())
                        .hasStatus(200)
                        .each("body")
                        .stream()
                        .filter(text -> text.contains("takes over the conversation"))
                        .toList();
        assertThat(handOns).containsExactly("Sorry for the wait. Hana Helper takes over the conversation.");
        JsonNode panel = a.http.get(conversation(visitor.id(), "/panel"), helper.token())
                .hasStatus(200)
                .json();
        assertThat(panel.path("operators").findValuesAsText("id")).containsExactly(helper.id());
        assertThat(panel.path("assignment").path("trace").get(0).asText())
                .startsWith("handed on: Sid Silent did not answer the visitor for ");
    }

    @Test
    void transcriptsRequestedThroughAAreMailedOnceEachWhileBothInstancesRunWorkers() throws Exception {
        greenMail.reset();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Visitor visitor = a.start(channel, "en", "Tess " + i, "Please mail me this, " + i);
            a.http.post(conversation(visitor.id(), "/messages"), owner.token(), Map.of("body", "Sure, " + i))
                    .hasStatus(201);
            a.http.post(conversation(visitor.id(), "/close"), owner.token(), null)
                    .hasStatus(200);
            conversations.add(visitor.id());
        }
        for (int i = 0; i < conversations.size(); i++)
            a.http.post(
                            conversation(conversations.get(i), "/transcript"),
                            owner.token(),
                            Map.of("email", "tess" + i + "@example.org"))
                    .hasStatus(202);

        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), conversations.size()))
                .isTrue();
        for (String id : conversations)
            E2e.await(
                    WAIT,
                    "the transcript of " + id + " is SENT",
                    () -> b.http.get(conversation(id, "/transcripts"), owner.token())
                            .each("state")
                            .equals(List.of("SENT")));
        Thread.sleep(3_000); // several more passes of both workers
        MimeMessage[] mails = greenMail.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : mails) {
            recipients.add(((InternetAddress) mail.getAllRecipients()[0]).getAddress());
            assertThat(mail.getSubject()).isEqualTo("Conversation with Olga Owner");
        }
        assertThat(recipients)
                .as("one mail per request")
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(
                        "tess0@example.org", "tess1@example.org", "tess2@example.org", "tess3@example.org"));
        for (String id : conversations)
            assertThat(a.http.get(conversation(id, "/transcripts"), owner.token())
                            .json()
                            .get(0)
                            .path("attempts")
                            .asInt())
                    .isEqualTo(1);
    }
}
