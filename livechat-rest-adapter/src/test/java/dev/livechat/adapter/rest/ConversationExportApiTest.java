package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.port.out.ExportConversationsPort;
import dev.livechat.domain.port.out.ReportPort;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /reports/conversations/export} over HTTP: formats, escaping, validation, roles, streaming. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConversationExportApiTest {
    static final String RANGE = "from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z";
    static final String EXPORT = "/api/v1/reports/conversations/export";

    final TestApi api = new TestApi();

    @AfterEach
    void stop() {
        api.close();
    }

    /** A conversation whose channel, operator, tags and expertise hold what breaks naive CSV and spreadsheets. */
    private Visitor hostileConversation() {
        String channel = api.http
                .post("/api/v1/channels", TestApi.ADMIN, Map.of("name", "=HYPERLINK(\"http://evil\",\"x\"), and more"))
                .hasStatus(201)
                .text("id");
        Map<String, Object> profile = new java.util.LinkedHashMap<>();
        profile.put("name", "@SUM(1+1) \"Ops\"");
        profile.put("email", "ops@example.com");
        profile.put("role", "LIVECHAT_USER");
        profile.put("mainLanguage", "en");
        profile.put("channels", List.of(channel));
        Reply created = api.http.post("/api/v1/users", TestApi.ADMIN, profile).hasStatus(201);
        User operator = new User(created.text("id"), "@SUM(1+1) \"Ops\"", created.text("token"));
        api.online(operator);
        Visitor visitor = api.start(channel);
        api.http
                .post(visitor.path("/messages"), operator.token(), Map.of("body", "Hello"))
                .hasStatus(201);
        api.http
                .post(visitor.path("/tags"), operator.token(), Map.of("name", "-2+3"))
                .hasStatus(200);
        api.http
                .post(visitor.path("/tags"), operator.token(), Map.of("name", "a,\"b\""))
                .hasStatus(200);
        api.http
                .put(visitor.path("/expertise"), operator.token(), Map.of("names", List.of("+cmd")))
                .hasStatus(200);
        return visitor;
    }

    @Test
    void csvIsRfc4180WithFormulasNeutralised() {
        Visitor visitor = hostileConversation();

        Reply csv = api.http
                .get(EXPORT + "?" + RANGE + "&format=csv", TestApi.ADMIN)
                .hasStatus(200);

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(csv.body()).endsWith("\r\n");
        List<List<String>> records = Rfc4180.parse(csv.body());
        assertThat(records.get(0)).containsExactlyElementsOf(CsvExportWriter.COLUMNS);
        assertThat(records).hasSize(2);
        List<String> row = records.get(1);
        assertThat(row).hasSize(CsvExportWriter.COLUMNS.size());
        assertThat(row.get(0)).isEqualTo(visitor.conversation());
        assertThat(column(row, "channel")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\"), and more");
        assertThat(column(row, "operators")).isEqualTo("'@SUM(1+1) \"Ops\"");
        assertThat(column(row, "tags")).isEqualTo("'-2+3; a,\"b\"");
        assertThat(column(row, "expertise")).isEqualTo("'+cmd");
        assertThat(column(row, "closedAt")).isEmpty();
        assertThat(column(row, "messages")).isEqualTo("1");
        assertThat(column(row, "firstResponseSeconds")).isEqualTo("0");
        assertThat(column(row, "rating")).isEmpty();
        // every formula-looking field of the raw text starts with the apostrophe, quoted or not
        assertThat(csv.body()).doesNotContain(",=", ",\"=", ",@", ",\"@", ",+", ",-");
    }

    @Test
    void jsonLinesHasOneObjectPerLineWithEveryField() throws Exception {
        Visitor visitor = hostileConversation();
        api.clock.advance(Duration.ofMinutes(1));
        Visitor second = api.start(api.channel("Second\nline"));

        Reply jsonl = api.http
                .get(EXPORT + "?" + RANGE + "&format=jsonl", TestApi.ADMIN)
                .hasStatus(200);

        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.path("id").asText()).isEqualTo(visitor.conversation());
        assertThat(first.path("channel").asText()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\"), and more");
        assertThat(first.path("operators").get(0).path("name").asText()).isEqualTo("@SUM(1+1) \"Ops\"");
        assertThat(first.path("tags").toString()).isEqualTo("[\"-2+3\",\"a,\\\"b\\\"\"]");
        assertThat(first.path("closedAt").isNull()).isTrue();
        assertThat(first.path("rating").isNull()).isTrue();
        assertThat(first.path("messages").asLong()).isEqualTo(1);
        JsonNode next = Json.mapper().readTree(lines[1]);
        assertThat(next.path("id").asText()).isEqualTo(second.conversation());
        assertThat(next.path("channel").asText()).startsWith("Second\nline"); // TestApi.channel adds a number
        assertThat(next.path("operators").size()).isZero();
    }

    @Test
    void anEmptyRangeIsTheHeaderAloneInCsvAndNothingInJsonLines() {
        hostileConversation();
        String before = "from=2026-02-01T00:00:00Z&to=2026-02-02T00:00:00Z";
        assertThat(api.http
                        .get(EXPORT + "?" + before, TestApi.ADMIN)
                        .hasStatus(200)
                        .body())
                .isEqualTo(String.join(",", CsvExportWriter.COLUMNS) + "\r\n");
        assertThat(api.http
                        .get(EXPORT + "?" + before + "&format=jsonl", TestApi.ADMIN)
                        .hasStatus(200)
                        .body())
                .isEmpty();
    }

    @Test
    void fromToAndFormatAreValidatedNamingTheField() {
        api.http.get(EXPORT + "?to=2026-03-03T00:00:00Z", TestApi.ADMIN).namesFields("from");
        api.http.get(EXPORT + "?from=2026-03-03T00:00:00Z", TestApi.ADMIN).namesFields("to");
        api.http
                .get(EXPORT + "?from=yesterday&to=2026-03-03T00:00:00Z", TestApi.ADMIN)
                .namesFields("from");
        api.http
                .get(EXPORT + "?from=2026-03-03T00:00:00Z&to=2026-03-01T00:00:00Z", TestApi.ADMIN)
                .namesFields("to");
        api.http.get(EXPORT + "?" + RANGE + "&format=xlsx", TestApi.ADMIN).namesFields("format");
        api.http
                .get(EXPORT + "?from=1969-12-31T00:00:00Z&to=2026-03-03T00:00:00Z", TestApi.ADMIN)
                .namesFields("from");
    }

    @Test
    void onlyManagersMayExport() {
        String channel = api.channel("Support");
        User operator = api.operator("Olga", "en", channel);
        Visitor visitor = api.start(channel);

        api.http.get(EXPORT + "?" + RANGE, null).isProblem(401);
        api.http.get(EXPORT + "?" + RANGE, "not-a-token").isProblem(401);
        api.http.get(EXPORT + "?" + RANGE, operator.token()).isProblem(403);
        api.http.get(EXPORT + "?" + RANGE, visitor.token()).isProblem(403);
        assertThat(api.http
                        .send("HEAD", EXPORT + "?" + RANGE, operator.token(), null, Map.of())
                        .status())
                .isEqualTo(403);
        Reply head = api.http.send("HEAD", EXPORT + "?" + RANGE, TestApi.ADMIN, null, Map.of());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    /**
     * The answer leaves while the rows are still being read: the storage below hands over 5,000
     * rows, then waits until the client has read the first of them. An answer buffered whole
     * would never reach the client, and the wait would time out.
     */
    @Test
    void theAnswerIsStreamedWhileTheRowsAreRead() throws Exception {
        CountDownLatch clientReadTheFirstRows = new CountDownLatch(1);
        AtomicLong handedOver = new AtomicLong();
        ExportConversationsPort slowStorage = (query, sink) -> {
            for (int i = 0; i < 10_000; i++) {
                if (i == 5_000) await(clientReadTheFirstRows);
                sink.accept(row(i));
                handedOver.incrementAndGet();
            }
        };
        RestApi streaming = apiOver(slowStorage);
        try {
            HttpRequest request = new Http(streaming.port())
                    .request("GET", EXPORT + "?" + RANGE + "&format=jsonl", TestApi.ADMIN, null, Map.of());
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                JsonNode first = new ObjectMapper().readTree(lines.readLine());
                assertThat(first.path("id").asText()).isEqualTo("c-0");
                assertThat(handedOver.get())
                        .as("rows read when the first arrived")
                        .isLessThanOrEqualTo(5_000);
                clientReadTheFirstRows.countDown();
                long count = 1 + lines.lines().count();
                assertThat(count).isEqualTo(10_000);
            }
        } finally {
            clientReadTheFirstRows.countDown();
            streaming.stop();
        }
    }

    /** A failed read before the first row is a problem answer; after it, the connection is cut, never ended cleanly. */
    @Test
    void aStorageFailureIsA503BeforeTheFirstRowAndACutConnectionAfterIt() throws Exception {
        RestApi failingAtOnce = apiOver((query, sink) -> {
            throw new DependencyUnavailableException("database", new IllegalStateException("gone"));
        });
        try {
            new Http(failingAtOnce.port())
                    .get(EXPORT + "?" + RANGE, TestApi.ADMIN)
                    .isProblem(503);
        } finally {
            failingAtOnce.stop();
        }
        RestApi failingMidway = apiOver((query, sink) -> {
            for (int i = 0; i < 5_000; i++) sink.accept(row(i));
            throw new DependencyUnavailableException("database", new IllegalStateException("gone"));
        });
        try {
            HttpRequest request =
                    new Http(failingMidway.port()).request("GET", EXPORT + "?" + RANGE, TestApi.ADMIN, null, Map.of());
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                    .as("a cut export must not read as a whole one")
                    .isInstanceOf(java.io.IOException.class);
        } finally {
            failingMidway.stop();
        }
    }

    /** The REST API over the in-memory store, its exports read from the port given. */
    private static RestApi apiOver(ExportConversationsPort exports) {
        MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
        InMemoryStore store = new InMemoryStore(clock);
        LiveChat chat = LiveChat.builder()
                .storage(store.ports())
                .reports(new ReportingAndExporting(store.reports(), exports))
                .mailer(new RecordingMailer())
                .clock(clock)
                .build();
        chat.users().bootstrapManager(TestApi.ADMIN);
        RestApi api = new RestApi(chat, store.events(), () -> Map.of("database", true), TestApi.settings());
        api.start("127.0.0.1", 0);
        return api;
    }

    /** The in-memory store's reports, with the export read from another port. */
    private record ReportingAndExporting(ReportPort reports, ExportConversationsPort exports)
            implements ReportPort, ExportConversationsPort {
        @Override
        public List<ReportRow> report(ReportQuery query) {
            return reports.report(query);
        }

        @Override
        public void exportConversations(ExportQuery query, java.util.function.Consumer<ExportedConversation> sink) {
            exports.exportConversations(query, sink);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(15, TimeUnit.SECONDS))
                throw new IllegalStateException("the client never read the first rows: the answer is buffered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExportedConversation row(int i) {
        return new ExportedConversation(
                ConversationId.of("c-" + i),
                new ExportedConversation.ExportedChannel(ChannelId.of("web"), "Website"),
                new ExportedConversation.Timing(
                        Instant.parse("2026-03-02T00:00:00Z").plusSeconds(i), Optional.empty(), Optional.empty()),
                Optional.empty(),
                List.of(),
                new ExportedConversation.Labels(List.of("tag"), List.of()),
                new ExportedConversation.VisitorLocale(Optional.of("BE"), Optional.of("fr-BE")),
                new ExportedConversation.Figures(3, Optional.empty()));
    }

    private static String column(List<String> row, String name) {
        return row.get(CsvExportWriter.COLUMNS.indexOf(name));
    }

    /** A strict reader of RFC 4180 text (CRLF records, quoted fields with doubled quotes), to check the writer against. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty()) {
                    i++;
                    while (true) {
                        char q = text.charAt(i++);
                        if (q == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else break;
                        } else field.append(q);
                    }
                    continue;
                }
                if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    assertThat(c)
                            .as("a bare quote, CR or LF outside quotes at %d", i)
                            .isNotIn('"', '\r', '\n');
                    field.append(c);
                }
                i++;
            }
            assertThat(field).as("the last record ends with CRLF").isEmpty();
            return records;
        }
    }
}
