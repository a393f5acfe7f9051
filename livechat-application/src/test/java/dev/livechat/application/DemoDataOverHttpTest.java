package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.testsupport.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --demo} story over HTTP: the service seeded the way {@code Main} seeds it (through
 * {@link DemoData} with the bootstrap token), then looked at by the seeded operators with the tokens
 * it printed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoDataOverHttpTest {
    @TempDir
    static Path data;

    private static Instance service;
    private static Map<String, String> tokens; // "Ana Dupont" -> token

    @BeforeAll
    static void startSeeded() {
        service = Instance.start(E2e.env(data, "LIVECHAT_DEMO", "true"));
        assertThat(service.service.config().demo()).isTrue();
        var seeded = new DemoData(service.service.chat()).seedIfEmpty(E2e.ADMIN);
        assertThat(seeded).isPresent();
        tokens = new HashMap<>();
        for (String line : seeded.get().lines()) {
            // "operator Ana Dupont  token abc…", "manager  admin  token …"
            String[] parts = line.split("  token ");
            tokens.put(parts[0].replaceFirst("^(operator|manager) +", "").strip(), parts[1].strip());
        }
        assertThat(tokens).containsKeys("admin", "Ana Dupont", "Bob Miller", "Carla Weber");
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }

    @Test
    void thePrintedTokensWorkAndTheOperatorsAreOnline() {
        for (String name : List.of("Ana Dupont", "Bob Miller", "Carla Weber")) {
            Reply me = service.http.get("/api/v1/me", tokens.get(name)).hasStatus(200);
            assertThat(me.text("name")).isEqualTo(name);
            assertThat(me.text("role")).isEqualTo("LIVECHAT_USER");
            assertThat(me.text("presence")).isEqualTo("ONLINE");
        }
        assertThat(service.http.get("/api/v1/me", tokens.get("admin")).text("role"))
                .isEqualTo("LIVECHAT_MANAGER");
        assertThat(new DemoData(service.service.chat()).seedIfEmpty(E2e.ADMIN))
                .as("a second seeding does nothing")
                .isEmpty();
    }

    @Test
    void theHelpQueueStarsTheConversationForTheRightExpertise() {
        Reply forBob = service.http
                .get("/api/v1/conversations?status=LOOKING_FOR_HELP", tokens.get("Bob Miller"))
                .hasStatus(200);
        assertThat(forBob.json()).hasSize(1);
        JsonNode waiting = forBob.json().get(0);
        assertThat(waiting.path("status").asText()).isEqualTo("LOOKING_FOR_HELP");
        assertThat(waiting.path("expertise").toString()).isEqualTo("[\"Hardware\"]");
        assertThat(waiting.path("matchesMyExpertise").asBoolean())
                .as("Bob knows Hardware")
                .isTrue();

        JsonNode forAna = service.http
                .get("/api/v1/conversations?status=LOOKING_FOR_HELP", tokens.get("Ana Dupont"))
                .hasStatus(200)
                .json()
                .get(0);
        assertThat(forAna.path("id").asText()).isEqualTo(waiting.path("id").asText());
        assertThat(forAna.path("matchesMyExpertise").asBoolean())
                .as("Ana knows Billing only")
                .isFalse();
    }

    @Test
    void thePanelOfTheContactsConversationShowsTheContactCardLinksAndOpenTickets() {
        String ana = tokens.get("Ana Dupont");
        List<JsonNode> marie = new ArrayList<>();
        service.http
                .get("/api/v1/conversations?status=IN_PROGRESS", ana)
                .hasStatus(200)
                .json()
                .forEach(c -> {
                    if (c.path("visitorName").asText().equals("Marie Martin")) marie.add(c);
                });
        assertThat(marie).hasSize(1);

        JsonNode panel = service.http
                .get(conversation(marie.get(0).path("id").asText(), "/panel"), ana)
                .hasStatus(200)
                .json();
        assertThat(panel.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(panel.path("operators").findValuesAsText("name")).containsExactly("Ana Dupont");
        JsonNode contact = panel.path("contact");
        assertThat(contact.path("id").asText()).isEqualTo("c-marie");
        assertThat(contact.path("name").asText()).isEqualTo("Marie Martin");
        assertThat(contact.path("email").asText()).isEqualTo("marie@example.com");
        assertThat(contact.path("phone").asText()).isEqualTo("+32 2 555 01 01");
        assertThat(contact.path("links").findValuesAsText("label"))
                .containsExactly("Sales order S00042", "Invoice INV/2026/0117", "Meeting 3 Dec 10:00");
        assertThat(contact.path("links").findValuesAsText("url")).contains("https://erp.example.com/sales/S00042");
        assertThat(panel.path("openTickets").findValuesAsText("reference"))
                .containsExactlyInAnyOrder("HD-101", "HD-102");
        assertThat(panel.path("openTickets").findValuesAsText("url"))
                .contains("https://helpdesk.example.com/tickets/HD-101");
        assertThat(panel.path("chatbotAnswers").get(0).path("answer").asText()).isEqualTo("An invoice");
        assertThat(panel.path("expertise").toString()).isEqualTo("[\"Billing\"]");
        assertThat(panel.path("language").asText()).isEqualTo("fr-BE");
        assertThat(panel.path("country").asText()).isEqualTo("BE");
        assertThat(panel.path("recentConversations").findValuesAsText("outcome"))
                .as("Marie's earlier, closed conversation")
                .contains("SUCCESS");
        assertThat(service.http
                        .get(conversation(marie.get(0).path("id").asText(), "/messages"), ana)
                        .each("body"))
                .containsSubsequence(
                        "Bonjour, ma facture est en double.", "Bonjour Marie, je regarde cela tout de suite.");
    }

    @Test
    void everyOutcomeIsInTheReportByOutcome() {
        Reply report = service.http
                .get(
                        "/api/v1/reports/conversations?groupBy=outcome&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z",
                        tokens.get("admin"))
                .hasStatus(200);
        assertThat(report.each("key"))
                .containsExactlyInAnyOrder("SUCCESS", "NO_ANSWER", "ESCALATED", "NO_ONE_AVAILABLE");
    }
}
