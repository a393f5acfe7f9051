package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as started by main, GreenMail as the mail server: a channel outside its business
 * hours refuses a start with 409 {@code channel-closed}, takes offline messages, and each is mailed
 * to the channel's address once, on the embedded default and with two instances on one PostgreSQL
 * whose workers both run.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OfflineMessagesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CHANNEL_ADDRESS = "support@shop.example";

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    final List<AutoCloseable> opened = new ArrayList<>();
    GreenMail greenMail;

    @AfterEach
    void stop() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) opened.get(i).close();
        if (greenMail != null) greenMail.stop();
    }

    Instance open(Path data, String... env) {
        Instance instance = Instance.start(E2e.env(data, env));
        opened.add(instance);
        return instance;
    }

    /** A channel with business hours that have no opening: closed whatever the time of the test. */
    static String closedChannel(Instance through) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "After hours");
        body.put("businessHours", Map.of("timeZone", "Europe/Brussels", "weekly", List.of()));
        body.put("email", CHANNEL_ADDRESS);
        return through.http
                .post("/api/v1/channels", E2e.ADMIN, body)
                .hasStatus(201)
                .text("id");
    }

    static String leave(Instance through, String channel, int i) {
        return through.http
                .post(
                        "/api/v1/channels/" + channel + "/offline-messages",
                        null,
                        Map.of(
                                "name",
                                "Visitor " + i,
                                "email",
                                "visitor" + i + "@example.org",
                                "message",
                                "Note " + i + " end"))
                .hasStatus(202)
                .text("id");
    }

    static JsonNode listed(Instance through) {
        return through.http
                .get("/api/v1/offline-messages", E2e.ADMIN)
                .hasStatus(200)
                .json();
    }

    @Test
    void onTheEmbeddedDefaultAClosedChannelTakesAnOfflineMessageAndMailsItOnce() throws Exception {
        int smtp = E2e.freePort();
        greenMail = E2e.greenMail(smtp);
        Instance service = open(dataA, E2e.smtp(smtp));
        String channel = closedChannel(service);

        JsonNode availability = service.http
                .get("/api/v1/channels/" + channel + "/availability", null)
                .hasStatus(200)
                .json();
        assertThat(availability.path("open").asBoolean()).isFalse();
        assertThat(availability.path("nextOpening").isNull()).isTrue();
        Reply refused = service.http
                .post("/api/v1/conversations", null, Map.of("channelId", channel))
                .isProblem(409);
        assertThat(refused.text("type")).isEqualTo("urn:livechat:problem:channel-closed");

        String id = leave(service, channel, 1);
        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(CHANNEL_ADDRESS);
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("visitor1@example.org");
        E2e.await(
                WAIT,
                "the mail recorded as SENT",
                () -> listed(service).get(0).path("mail").path("state").asText().equals("SENT"));
        assertThat(listed(service).get(0).path("id").asText()).isEqualTo(id);

        Thread.sleep(Workers.IDLE_PERIOD.toMillis() + 1_000); // a later pass of the worker sends nothing more
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void withTwoInstancesOnPostgresEachOfflineMessageIsMailedOnce() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        PgSchema schema = new PgSchema();
        opened.add(schema);
        int smtp = E2e.freePort();
        greenMail = E2e.greenMail(smtp);
        String[] shared = E2e.concat(schema.env(schema.jdbcUrl()), E2e.smtp(smtp));
        Instance a = open(dataA, shared);
        Instance b = open(dataB, shared);
        String channel = closedChannel(a);
        b.http.post("/api/v1/conversations", null, Map.of("channelId", channel)).isProblem(409);

        int count = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) ids.add(leave(i % 2 == 0 ? a : b, channel, i));

        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), count)).isTrue();
        E2e.await(WAIT, "every mail recorded as SENT", () -> {
            JsonNode list = listed(b);
            for (JsonNode m : list) if (!m.path("mail").path("state").asText().equals("SENT")) return false;
            return list.size() == count;
        });
        Thread.sleep(Workers.IDLE_PERIOD.toMillis() + 1_000); // both workers have passed again
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<String> texts = new ArrayList<>();
        for (MimeMessage m : received) texts.add(String.valueOf(m.getContent()));
        assertThat(received).as("one mail per message, none twice").hasSize(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            assertThat(texts).filteredOn(t -> t.contains("Note " + n + " end")).hasSize(1);
        }
        for (JsonNode m : listed(a))
            assertThat(m.path("mail").path("attempts").asInt()).isEqualTo(1);
        assertThat(Arrays.stream(received).map(m -> {
                    try {
                        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }))
                .containsOnly(CHANNEL_ADDRESS);
        assertThat(ids).doesNotHaveDuplicates();
    }
}
