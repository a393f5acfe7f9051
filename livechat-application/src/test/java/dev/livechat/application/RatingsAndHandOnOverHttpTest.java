package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings and the hand-on of unanswered conversations through HTTP against the assembled service,
 * on the embedded default and on PostgreSQL (with {@code -Ppostgres}), with a clock the test moves
 * ahead of the real one: the workers run as in production and see the moved time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RatingsAndHandOnOverHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The system clock plus an offset the test adds to. */
    static final class AheadClock extends Clock {
        final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            ahead.updateAndGet(d -> d.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TempDir
    Path data;

    final AheadClock clock = new AheadClock();
    GreenMail greenMail;
    int smtpPort;

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
    void onTheEmbeddedDefault() throws Exception {
        try (Instance one = Instance.start(E2e.env(data, E2e.smtp(smtpPort)), clock)) {
            handOn(one);
            ratings(one);
        }
    }

    @Test
    void onPostgres() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema();
                Instance one = Instance.start(
                        E2e.env(data, E2e.concat(schema.env(schema.jdbcUrl()), E2e.smtp(smtpPort))), clock)) {
            handOn(one);
            ratings(one);
        }
    }

    static String channel(Instance one, Object reassignAfterSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Support " + System.nanoTime());
        body.put("reassignAfterSeconds", reassignAfterSeconds);
        return one.http.post("/api/v1/channels", E2e.ADMIN, body).hasStatus(201).text("id");
    }

    void handOn(Instance one) throws InterruptedException {
        // validated on create and PATCH, shown with the channel
        for (Object bad : new Object[] {0, 9, 86_401, -5, "soon", 12.5})
            one.http
                    .post("/api/v1/channels", E2e.ADMIN, Map.of("name", "Bad", "reassignAfterSeconds", bad))
                    .namesFields("reassignAfterSeconds");
        String channel = one.channel("Hand-on " + System.nanoTime());
        JsonNode shown = channelOf(one, channel);
        assertThat(shown.has("reassignAfterSeconds")).isTrue();
        assertThat(shown.path("reassignAfterSeconds").isNull())
                .as("off by default")
                .isTrue();
        User ana = one.operator("Ana Slow", "en", "BE", List.of(), channel);
        User bob = one.operator("Bob Quick", "en", "BE", List.of(), channel);
        one.http
                .patch("/api/v1/channels/" + channel, ana.token(), Map.of("reassignAfterSeconds", 30))
                .isProblem(403);
        one.http
                .patch("/api/v1/channels/" + channel, E2e.ADMIN, Map.of("reassignAfterSeconds", 5))
                .namesFields("reassignAfterSeconds");
        assertThat(channelOf(one, channel).path("reassignAfterSeconds").isNull())
                .as("nothing half-written")
                .isTrue();
        Reply patched = one.http
                .patch("/api/v1/channels/" + channel, E2e.ADMIN, Map.of("reassignAfterSeconds", 30))
                .hasStatus(200);
        assertThat(patched.json().path("reassignAfterSeconds").asLong()).isEqualTo(30);
        assertThat(channelOf(one, channel).path("reassignAfterSeconds").asLong())
                .isEqualTo(30);
        one.presence(ana, "ONLINE");
        one.presence(bob, "ONLINE");

        Visitor visitor = one.start(channel, "en", "Vera Waiting", "Is anyone there?");
        assertThat(visitor.started().json().path("operator").path("id").asText())
                .as("the operator created first wins the tie")
                .isEqualTo(ana.id());

        clock.advance(Duration.ofSeconds(31));
        E2e.await(
                WAIT, "the hand-on to Bob", () -> operatorsOf(one, visitor, bob).equals(List.of(bob.id())));

        JsonNode panel = one.http
                .get(conversation(visitor.id(), "/panel"), bob.token())
                .hasStatus(200)
                .json();
        assertThat(panel.path("assignment").path("trace").get(0).asText())
                .startsWith("handed on: Ana Slow did not answer the visitor for ");
        List<String> seen = one.http
                .get(conversation(visitor.id(), "/messages"), visitor.token())
                .hasStatus(200)
                .each("body");
        assertThat(seen.stream().filter(b -> b.contains("Bob Quick takes over")))
                .as("the visitor is told, once")
                .hasSize(1);
        one.http
                .post(conversation(visitor.id(), "/messages"), ana.token(), Map.of("body", "Still me?"))
                .isProblem(403);

        // Bob answers: the clock stops however long the visitor then waits
        one.http
                .post(conversation(visitor.id(), "/messages"), bob.token(), Map.of("body", "Hello Vera"))
                .hasStatus(201);
        clock.advance(Duration.ofMinutes(5));
        one.http
                .post(conversation(visitor.id(), "/messages"), visitor.token(), Map.of("body", "Thanks"))
                .hasStatus(201);
        clock.advance(Duration.ofMinutes(5));
        Thread.sleep(Workers.IDLE_PERIOD.plusSeconds(1).toMillis()); // one pass of the worker at least
        assertThat(operatorsOf(one, visitor, bob)).containsExactly(bob.id());

        JsonNode closed = one.http
                .post(conversation(visitor.id(), "/close"), bob.token(), null)
                .hasStatus(200)
                .json();
        assertThat(closed.path("outcome").asText())
                .as("two operators took part")
                .isEqualTo("ESCALATED");
    }

    private static List<String> operatorsOf(Instance one, Visitor visitor, User reader) {
        return one.http
                .get(conversation(visitor.id(), "/panel"), reader.token())
                .hasStatus(200)
                .json()
                .path("operators")
                .findValuesAsText("id");
    }

    private static JsonNode channelOf(Instance one, String id) {
        for (JsonNode c :
                one.http.get("/api/v1/channels", E2e.ADMIN).hasStatus(200).json())
            if (c.path("id").asText().equals(id)) return c;
        throw new AssertionError("no channel " + id);
    }

    void ratings(Instance one) throws Exception {
        String channel = one.channel("Ratings " + System.nanoTime());
        User cleo = one.operator("Cleo Rated", "en", "BE", List.of(), channel);
        one.presence(cleo, "ONLINE");
        Visitor visitor = one.start(channel, "en", "Rita Rater", "Hello");
        String rating = conversation(visitor.id(), "/rating");

        // roles, then bad input naming the field, and nothing written by any of them
        one.http.post(rating, null, Map.of("score", 5)).isProblem(401);
        one.http.post(rating, cleo.token(), Map.of("score", 5)).isProblem(403);
        Visitor other = one.start(channel, "en", "Otto Other", null);
        one.http.post(rating, other.token(), Map.of("score", 5)).isProblem(403);
        one.http.post(rating, visitor.token(), Map.of()).namesFields("score");
        one.http.post(rating, visitor.token(), Map.of("score", 0)).namesFields("score");
        one.http.post(rating, visitor.token(), Map.of("score", 6)).namesFields("score");
        one.http.post(rating, visitor.token(), Map.of("score", 4.5)).namesFields("score");
        one.http.post(rating, visitor.token(), Map.of("score", "5")).namesFields("score");
        one.http
                .post(rating, visitor.token(), Map.of("score", 4, "comment", "x".repeat(1001)))
                .namesFields("comment");
        assertThat(panel(one, visitor, cleo).path("rating").isNull()).isTrue();

        Reply rated = one.http
                .post(rating, visitor.token(), Map.of("score", 4, "comment", "Quick <b>and</b> kind"))
                .hasStatus(201);
        assertThat(rated.json().path("score").asInt()).isEqualTo(4);
        assertThat(rated.text("comment")).isEqualTo("Quick <b>and</b> kind");
        one.http.post(rating, visitor.token(), Map.of("score", 1)).isProblem(409);

        JsonNode shown = panel(one, visitor, cleo).path("rating");
        assertThat(shown.path("score").asInt()).isEqualTo(4);
        assertThat(shown.path("comment").asText()).isEqualTo("Quick <b>and</b> kind");
        assertThat(shown.path("ratedAt").asText()).isNotBlank();

        // the transcript carries it; reports average it and group by it
        one.http
                .post(conversation(visitor.id(), "/messages"), cleo.token(), Map.of("body", "Bye Rita"))
                .hasStatus(201);
        one.http.post(conversation(visitor.id(), "/close"), cleo.token(), null).hasStatus(200);
        one.http.post(conversation(other.id(), "/close"), other.token(), null).hasStatus(200);
        one.http
                .post(conversation(visitor.id(), "/transcript"), cleo.token(), Map.of("email", "rita@example.org"))
                .hasStatus(202);
        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        String whole = GreenMailUtil.getWholeMessage(mail);
        assertThat(whole).contains("Rating: 4 of 5: Quick <b>and</b> kind");
        assertThat(whole).contains("Rating: 4 of 5: Quick &lt;b&gt;and&lt;/b&gt; kind");

        String range = "&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z&channelId=" + channel;
        JsonNode byRating = one.http
                .get("/api/v1/reports/conversations?groupBy=rating" + range, E2e.ADMIN)
                .hasStatus(200)
                .json();
        assertThat(byRating.findValuesAsText("key")).containsExactly("(none)", "4");
        assertThat(byRating.get(1).path("avgRating").asDouble()).isEqualTo(4.0);
        assertThat(byRating.get(0).path("avgRating").isNull()).isTrue();
        JsonNode byChannel = one.http
                .get("/api/v1/reports/conversations?groupBy=channel" + range, E2e.ADMIN)
                .hasStatus(200)
                .json();
        assertThat(byChannel.get(0).path("count").asInt()).isEqualTo(2);
        assertThat(byChannel.get(0).path("avgRating").asDouble()).isEqualTo(4.0);
        one.http
                .get("/api/v1/reports/conversations?groupBy=rating" + range, cleo.token())
                .isProblem(403);

        // within 24 hours of the close, not after
        Visitor late = one.start(channel, "en", "Lou Late", "Hi");
        one.http.post(conversation(late.id(), "/close"), late.token(), null).hasStatus(200);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        one.http
                .post(conversation(late.id(), "/rating"), late.token(), Map.of("score", 3))
                .isProblem(409);
        assertThat(panel(one, late, cleo).path("rating").isNull()).isTrue();
    }

    private static JsonNode panel(Instance one, Visitor visitor, User reader) {
        return one.http
                .get(conversation(visitor.id(), "/panel"), reader.token())
                .hasStatus(200)
                .json();
    }
}
