package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's data end to end, on the service as main starts it (H2; PostgreSQL under -Ppostgres),
 * transcripts written as .eml files: a conversation walks through every kind of history line; the
 * export holds all of the person's data; the erasure leaves no copy of their name, address or text
 * in any text column of any table nor in the outbox folder, keeps the reports' totals, is recorded
 * in the history, and changes nothing the second time.
 */
class PrivacyEndToEndTest {
    static final String NAME = "Zelda Quixote";
    static final String EMAIL = "zelda.quixote@example.org";
    static final String SECRET = "Xylophone-4242";
    static final String OTHER_TEXT = "Keep-me-Marmalade-77";
    /** What must not be found anywhere after the erasure (compared without case). */
    static final List<String> PERSONAL = List.of("Zelda", "Quixote", "zelda.quixote", SECRET, "Xylophone");

    @TempDir
    Path data;

    Instance service;
    PgSchema schema;

    @AfterEach
    void stop() {
        try {
            if (service != null) service.close();
        } finally {
            if (schema != null) schema.close();
        }
    }

    @Test
    void onH2() throws Exception {
        walkThrough(new String[0]);
        service.close();
        service = null;
        DatabaseSettings h2 = DatabaseSettings.h2File(data);
        try (Connection db = DriverManager.getConnection(h2.jdbcUrl(), h2.user(), h2.password())) {
            assertNoPersonalText(db, "PUBLIC");
        }
    }

    @Test
    void onPostgres() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        schema = new PgSchema();
        walkThrough(schema.env(schema.jdbcUrl()));
        service.close();
        service = null;
        try (Connection db = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password())) {
            assertNoPersonalText(db, schema.name());
        }
    }

    void walkThrough(String[] database) {
        service = Instance.start(E2e.env(
                data, E2e.concat(database, "LIVECHAT_RATE_LIMITS", "off", "LIVECHAT_WEBHOOKS_ALLOW_PRIVATE", "true")));
        String channel = service.channel("Website support");
        Instance.User olga = service.operator("Olga Operator", "en", "BE", List.of(), channel);
        Instance.User bruno = service.operator("Bruno Backup", "en", "BE", List.of(), channel);
        service.presence(olga, "ONLINE");
        putContactAndTicket();
        // a receiver that never answers: the outbox keeps copies of the events, bodies and names
        service.http
                .post(
                        "/api/v1/webhooks",
                        E2e.ADMIN,
                        Map.of(
                                "url",
                                "http://127.0.0.1:9/hooks",
                                "events",
                                List.of("conversation.started", "message.posted", "offline-message.created")))
                .hasStatus(201);

        String id = startZeldasConversation(channel);
        service.http
                .post(
                        "/api/v1/channels/" + channel + "/offline-messages",
                        null,
                        Map.of("name", NAME, "email", EMAIL, "message", "Call me about " + SECRET))
                .hasStatus(202);
        Instance.User carla = service.operator("Carla Colleague", "en", "BE", List.of(), channel);
        service.presence(carla, "ONLINE");
        Instance.Visitor other = service.start(channel, "en", "Other Person", OTHER_TEXT);
        walkEveryKindOfHistoryLine(id, olga, bruno, carla);
        service.http
                .post(Instance.conversation(other.id(), "/close"), other.token(), null)
                .hasStatus(200);
        awaitTranscriptFile(id);

        String outcomes = report("outcome");
        String operators = report("operator");
        theHistoryHasEveryKindOfLine(id, olga, bruno, carla);
        theExportHoldsEverything(id);

        // managers only; exactly one of email and contactId
        service.http
                .post("/api/v1/privacy/erase", olga.token(), Map.of("email", EMAIL))
                .isProblem(403);
        service.http.get("/api/v1/privacy/export?email=" + EMAIL, olga.token()).isProblem(403);
        service.http.post("/api/v1/privacy/erase", E2e.ADMIN, Map.of()).namesFields("email", "contactId");
        service.http
                .post("/api/v1/privacy/erase", E2e.ADMIN, Map.of("email", EMAIL, "contactId", "crm-77"))
                .namesFields("email", "contactId");
        service.http.get("/api/v1/privacy/export", E2e.ADMIN).namesFields("email", "contactId");
        service.http
                .post("/api/v1/privacy/erase", E2e.ADMIN, Map.of("email", "not an address"))
                .namesFields("email");

        JsonNode erased = service.http
                .post("/api/v1/privacy/erase", E2e.ADMIN, Map.of("email", EMAIL))
                .hasStatus(200)
                .json();
        assertThat(erased.path("conversations").asInt()).isEqualTo(1);
        assertThat(erased.path("rows").asInt()).isGreaterThan(5);
        assertThat(erased.path("rowsByStore").path("messages").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(erased.path("rowsByStore").path("mailFiles").asInt()).isGreaterThanOrEqualTo(2);
        // the offline message and its delivery; the conversation's deliveries (started, messages)
        assertThat(erased.path("rowsByStore").path("offlineMessages").asInt()).isEqualTo(2);
        assertThat(erased.path("rowsByStore").path("webhookDeliveries").asInt()).isGreaterThanOrEqualTo(3);
        // idempotent: by address, then by the contact id the conversation still names, nothing more changes
        assertThat(service.http
                        .post("/api/v1/privacy/erase", E2e.ADMIN, Map.of("email", EMAIL))
                        .hasStatus(200)
                        .json()
                        .path("rows")
                        .asInt())
                .isZero();

        theErasureIsInTheHistory(id, erased.path("rows").asInt());
        assertThat(report("outcome")).as("report by outcome").isEqualTo(outcomes);
        assertThat(report("operator")).as("report by operator").isEqualTo(operators);
        theApiServesNothingErased(id, olga);
        theOutboxHoldsNothingOfThePerson();
        // the other visitor's text is untouched
        assertThat(service.http
                        .get(Instance.conversation(other.id(), "/messages"), olga.token())
                        .hasStatus(200)
                        .body())
                .contains(OTHER_TEXT);
    }

    private void putContactAndTicket() {
        service.http
                .put(
                        "/api/v1/contacts/crm-77",
                        E2e.ADMIN,
                        Map.of("name", NAME, "email", EMAIL, "phone", "+32 2 555 01 01", "links", List.of()))
                .hasStatus(200);
        service.http
                .put(
                        "/api/v1/tickets/T-9",
                        E2e.ADMIN,
                        Map.of(
                                "contactId", "crm-77",
                                "reference", "T-9",
                                "title", "Refund for Zelda",
                                "status", "OPEN",
                                "url", "https://helpdesk.example.com/T-9"))
                .hasStatus(200);
    }

    private String startZeldasConversation(String channel) {
        Map<String, Object> visitor = new LinkedHashMap<>();
        visitor.put("name", NAME);
        visitor.put("email", EMAIL);
        visitor.put("timeZone", "Europe/Brussels");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channelId", channel);
        body.put("visitor", visitor);
        body.put(
                "chatbot",
                Map.of(
                        "answers", List.of(Map.of("question", "Your order?", "answer", "Xylophone order")),
                        "expertise", List.of()));
        body.put("message", "Hello, my code is " + SECRET);
        Reply started = service.http
                .send("POST", "/api/v1/conversations", null, body, Map.of("Accept-Language", "en"))
                .hasStatus(201);
        assertThat(started.json().path("operator").path("name").asText()).isEqualTo("Olga Operator");
        visitorToken = started.text("visitorToken");
        return started.text("id");
    }

    private String visitorToken;

    private void walkEveryKindOfHistoryLine(String id, Instance.User olga, Instance.User bruno, Instance.User carla) {
        service.http
                .post(Instance.conversation(id, "/messages"), olga.token(), Map.of("body", "Hi Zelda, about " + SECRET))
                .hasStatus(201);
        service.http
                .put(Instance.conversation(id, "/note"), olga.token(), Map.of("note", "Zelda Quixote, code " + SECRET))
                .hasStatus(200);
        service.http
                .post(Instance.conversation(id, "/tags"), olga.token(), Map.of("name", "vip"))
                .hasStatus(200);
        service.http
                .put(Instance.conversation(id, "/expertise"), olga.token(), Map.of("names", List.of("Billing")))
                .hasStatus(200);
        service.http
                .put(Instance.conversation(id, "/status"), olga.token(), Map.of("status", "LOOKING_FOR_HELP"))
                .hasStatus(200);
        service.http
                .post(Instance.conversation(id, "/join"), bruno.token(), null)
                .hasStatus(200);
        service.http
                .post(
                        Instance.conversation(id, "/transfer"),
                        bruno.token(),
                        Map.of("operatorId", carla.id(), "leave", true))
                .hasStatus(200);
        service.http
                .post(Instance.conversation(id, "/messages"), visitorToken, Map.of("body", "Thanks, Zelda here"))
                .hasStatus(201);
        java.net.http.HttpRequest upload = java.net.http.HttpRequest.newBuilder(
                        service.http.uri(Instance.conversation(id, "/attachments?filename=zelda-passport.txt")))
                .header("Authorization", "Bearer " + visitorToken)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Passport of Zelda Quixote, " + SECRET))
                .build();
        service.http.send(upload).hasStatus(201);
        service.http
                .post(Instance.conversation(id, "/close"), olga.token(), null)
                .hasStatus(200);
        service.http
                .post(
                        Instance.conversation(id, "/rating"),
                        visitorToken,
                        Map.of("score", 5, "comment", "Zelda is happy, " + SECRET))
                .hasStatus(201);
        service.http
                .post(Instance.conversation(id, "/transcript"), olga.token(), Map.of("email", EMAIL))
                .hasStatus(202);
        // the visitor's own request to an unproven address: a confirmation mail to it
        assertThat(service.http
                        .post(Instance.conversation(id, "/transcript"), visitorToken, Map.of("email", EMAIL))
                        .hasStatus(202)
                        .text("state"))
                .isEqualTo("AWAITING_CONFIRMATION");
    }

    private void awaitTranscriptFile(String id) {
        E2e.await(
                Duration.ofSeconds(15),
                "the transcript and the confirmation in the outbox",
                () -> outbox().stream().anyMatch(f -> f.getFileName().toString().startsWith("transcript-" + id))
                        && outbox().stream()
                                .anyMatch(f -> f.getFileName().toString().startsWith("confirmation-")));
        E2e.await(
                Duration.ofSeconds(15),
                "the transcript's delivery in the history",
                () -> history(id).findValuesAsText("cause").contains("SENT"));
    }

    private void theHistoryHasEveryKindOfLine(String id, Instance.User olga, Instance.User bruno, Instance.User carla) {
        JsonNode lines = history(id);
        List<String> types = lines.findValuesAsText("type");
        assertThat(types)
                .contains(
                        "conversation.started",
                        "operator.assigned",
                        "note.edited",
                        "tags.changed",
                        "expertise.changed",
                        "status.changed",
                        "conversation.joined",
                        "conversation.transferred",
                        "conversation.closed",
                        "transcript.state");
        for (JsonNode line : lines) {
            assertThat(line.path("at").asText()).as("at of %s", line).isNotBlank();
            assertThat(line.path("actor").path("kind").asText())
                    .as("actor of %s", line)
                    .isNotBlank();
        }
        JsonNode assigned = first(lines, "operator.assigned");
        assertThat(assigned.path("cause").asText()).as("the rule").isNotBlank();
        assertThat(assigned.path("details").path("operatorName").asText()).isEqualTo("Olga Operator");
        JsonNode help = lines.findParents("type").stream()
                .filter(l -> l.path("type").asText().equals("status.changed"))
                .filter(l -> l.path("details").path("to").asText().equals("LOOKING_FOR_HELP"))
                .findFirst()
                .orElseThrow();
        assertThat(help.path("actor").path("id").asText()).isEqualTo(olga.id());
        assertThat(help.path("cause").asText()).isNotBlank();
        assertThat(first(lines, "conversation.joined")
                        .path("actor")
                        .path("name")
                        .asText())
                .isEqualTo(bruno.name());
        assertThat(first(lines, "conversation.transferred")
                        .path("details")
                        .path("toOperatorId")
                        .asText())
                .isEqualTo(carla.id());
        assertThat(first(lines, "note.edited").path("actor").path("name").asText())
                .isEqualTo("Olga Operator");
        assertThat(first(lines, "conversation.closed").path("cause").asText()).isNotBlank();
        assertThat(first(lines, "conversation.started")
                        .path("actor")
                        .path("kind")
                        .asText())
                .isEqualTo("VISITOR");
        // the history never holds the visitor's name nor the note's text
        assertThat(lines.toString()).doesNotContain("Zelda", SECRET);

        // live chat users only
        service.http.get(Instance.conversation(id, "/history"), visitorToken).isProblem(403);
        service.http.get(Instance.conversation(id, "/history"), null).isProblem(401);
        service.http
                .get(Instance.conversation("no-such-conversation", "/history"), olga.token())
                .isProblem(404);
    }

    private void theExportHoldsEverything(String id) {
        for (String query : List.of("email=" + EMAIL.toUpperCase(Locale.ROOT), "contactId=crm-77")) {
            JsonNode export = service.http
                    .get("/api/v1/privacy/export?" + query, E2e.ADMIN)
                    .hasStatus(200)
                    .json();
            assertThat(export.path("conversations").findValuesAsText("id"))
                    .as(query)
                    .containsExactly(id);
            assertThat(export.path("conversations").get(0).path("visitorName").asText())
                    .isEqualTo(NAME);
            assertThat(export.path("conversations")
                            .get(0)
                            .path("chatbotAnswers")
                            .toString())
                    .contains("Xylophone order");
            assertThat(export.path("messages").findValuesAsText("body"))
                    .contains("Hello, my code is " + SECRET, "Hi Zelda, about " + SECRET, "Thanks, Zelda here");
            assertThat(export.path("transcriptRequests").findValuesAsText("email"))
                    .hasSize(2)
                    .allMatch(EMAIL::equals);
            assertThat(export.path("contacts").findValuesAsText("name")).contains(NAME);
            assertThat(export.path("contacts").toString()).contains("Refund for Zelda");
            assertThat(export.path("attachments").findValuesAsText("name")).containsExactly("zelda-passport.txt");
            assertThat(export.path("ratings").findValuesAsText("comment")).containsExactly("Zelda is happy, " + SECRET);
            assertThat(export.path("offlineMessages").findValuesAsText("message"))
                    .containsExactly("Call me about " + SECRET);
            assertThat(export.path("mailFiles").findValuesAsText("file"))
                    .anyMatch(f -> f.startsWith("transcript-" + id))
                    .anyMatch(f -> f.startsWith("confirmation-"));
        }
        JsonNode nobody = service.http
                .get("/api/v1/privacy/export?email=nobody@example.org", E2e.ADMIN)
                .hasStatus(200)
                .json();
        assertThat(nobody.has("conversations")).isFalse();
    }

    private void theErasureIsInTheHistory(String id, int rows) {
        JsonNode line = first(history(id), "privacy.erased");
        assertThat(line.path("actor").path("kind").asText()).isEqualTo("USER");
        assertThat(line.path("actor").path("name").asText()).isEqualTo("admin");
        assertThat(line.path("at").asText()).isNotBlank();
        assertThat(line.path("details").path("rows").asInt()).isEqualTo(rows);
        assertThat(history(id).findValuesAsText("type").stream().filter("privacy.erased"::equals))
                .as("the repeated erasure changed nothing, so it left no line")
                .hasSize(1);
    }

    private void theApiServesNothingErased(String id, Instance.User olga) {
        String panel = service.http
                .get(Instance.conversation(id, "/panel"), olga.token())
                .hasStatus(200)
                .body();
        String messages = service.http
                .get(Instance.conversation(id, "/messages"), olga.token())
                .hasStatus(200)
                .body();
        String transcripts = service.http
                .get(Instance.conversation(id, "/transcripts"), olga.token())
                .hasStatus(200)
                .body();
        String export = service.http
                .get("/api/v1/privacy/export?contactId=crm-77", E2e.ADMIN)
                .hasStatus(200)
                .body();
        String files = service.http
                .get(Instance.conversation(id, "/attachments"), olga.token())
                .hasStatus(200)
                .body();
        assertThat(files).contains("[erased]");
        for (String answer : List.of(panel, messages, transcripts, export, files))
            for (String text : PERSONAL)
                assertThat(answer.toLowerCase(Locale.ROOT)).doesNotContain(text.toLowerCase(Locale.ROOT));
        assertThat(panel).contains("[erased]");
        assertThat(messages).contains("[erased]");
    }

    private void theOutboxHoldsNothingOfThePerson() {
        assertThat(files(data.resolve("attachments")))
                .as("the attachment's bytes, replaced")
                .isNotEmpty();
        for (Path file : Stream.concat(outbox().stream(), files(data.resolve("attachments")).stream())
                .toList()) {
            String text = read(file).toLowerCase(Locale.ROOT);
            for (String word : PERSONAL) assertThat(text).as("%s", file).doesNotContain(word.toLowerCase(Locale.ROOT));
        }
    }

    /** Every value of every character column of every table of the schema, searched for the person's text. */
    static void assertNoPersonalText(Connection db, String schema) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB"))
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
            }
        }
        assertThat(columns.stream().map(c -> c[0].toLowerCase(Locale.ROOT)))
                .contains("conversations", "messages", "events", "contacts", "conversation_history");
        int values = 0;
        List<String> found = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            for (String[] column : columns) {
                String query = "SELECT \"" + column[1] + "\" FROM \"" + schema + "\".\"" + column[0] + "\"";
                try (ResultSet rs = sql.executeQuery(query)) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value == null) continue;
                        values++;
                        for (String word : PERSONAL)
                            if (value.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))
                                found.add(column[0] + "." + column[1] + ": " + value);
                    }
                }
            }
        }
        assertThat(values).as("text values searched").isGreaterThan(50);
        assertThat(found).as("the person's text left in the database").isEmpty();
        // and what is not the person's stays: the other visitor's message
        try (Statement sql = db.createStatement();
                ResultSet rs =
                        sql.executeQuery("SELECT COUNT(*) FROM messages WHERE body LIKE '%" + OTHER_TEXT + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private String report(String groupBy) {
        return service.http
                .get(
                        "/api/v1/reports/conversations?groupBy=" + groupBy
                                + "&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z",
                        E2e.ADMIN)
                .hasStatus(200)
                .body();
    }

    private JsonNode history(String id) {
        return service.http
                .get(Instance.conversation(id, "/history"), E2e.ADMIN)
                .hasStatus(200)
                .json();
    }

    private static JsonNode first(JsonNode lines, String type) {
        for (JsonNode line : lines) if (line.path("type").asText().equals(type)) return line;
        throw new AssertionError("no " + type + " line in " + lines);
    }

    private List<Path> outbox() {
        Path dir = data.resolve("outbox");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
