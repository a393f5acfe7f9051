package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's story, end to end over HTTP: a French visitor forwarded by a chatbot, assigned to
 * the French operator, waiting for the customer, looking for help, joined by the colleague who
 * has the expertise, noted, tagged, closed as ESCALATED, and its transcript sent.
 */
class SeedStoryTest {
    @Test
    void aFrenchVisitorIsHelpedByTwoOperatorsAndGetsTheTranscript() {
        try (TestApi t = new TestApi()) {
            Http http = t.http;

            // A manager sets up the website channel, a French operator, and a billing expert
            // who works another channel.
            String website = t.channel("Website support");
            String invoices = t.channel("Invoices");
            User anne = t.operator("Anne", "fr", website);
            User ben = t.operator("Ben", "en", website);
            User carla = t.operator("Carla", "en", invoices, "Billing");

            // A visitor whose browser prefers French arrives from the chatbot, which learnt that
            // the question is about billing.
            Visitor marie = t.start(
                    Map.of(
                            "channelId",
                            website,
                            "visitor",
                            Map.of("name", "Marie", "email", "marie@example.be", "timeZone", "Europe/Brussels"),
                            "chatbot",
                            Map.of(
                                    "answers", List.of(Map.of("question", "What is it about?", "answer", "My invoice")),
                                    "expertise", List.of("Billing")),
                            "message",
                            "Bonjour, ma facture est fausse"),
                    Map.of("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5", "CF-IPCountry", "BE"));

            // She is assigned to Anne, who speaks French, and the trace says why.
            JsonNode started = marie.started().json();
            assertThat(started.path("operator").path("id").asText()).isEqualTo(anne.id());
            assertThat(started.path("language").asText()).isEqualTo("fr-BE");
            assertThat(started.path("country").asText()).isEqualTo("BE");
            JsonNode panel =
                    http.get(marie.path("/panel"), anne.token()).hasStatus(200).json();
            assertThat(panel.path("assignment").path("rule").asText()).isEqualTo("LANGUAGE");
            assertThat(panel.path("assignment").path("trace").toString()).contains("Ben");
            assertThat(panel.path("chatbotAnswers").get(0).path("answer").asText())
                    .isEqualTo("My invoice");

            // Anne answers and waits for the customer.
            http.post(marie.path("/messages"), anne.token(), Map.of("body", "Pouvez-vous m'envoyer le numéro ?"))
                    .hasStatus(201);
            http.put(marie.path("/status"), anne.token(), Map.of("status", "WAITING_FOR_CUSTOMER"))
                    .hasStatus(200);

            // Marie replies: the conversation is in progress again.
            t.clock.advance(Duration.ofMinutes(2));
            http.post(marie.path("/messages"), marie.token(), Map.of("body", "C'est la facture F-2026-001"))
                    .hasStatus(201);
            assertThat(http.get(marie.path("/panel"), anne.token()).text("status"))
                    .isEqualTo("IN_PROGRESS");

            // Anne needs a billing expert: she asks for help.
            http.put(marie.path("/status"), anne.token(), Map.of("status", "LOOKING_FOR_HELP"))
                    .hasStatus(200);

            // Carla, in another channel, sees it in the help queue with the star, and joins.
            JsonNode queue = http.get("/api/v1/conversations?status=LOOKING_FOR_HELP", carla.token())
                    .hasStatus(200)
                    .json();
            JsonNode line = find(queue, marie.conversation());
            assertThat(line.path("matchesMyExpertise").asBoolean()).isTrue();
            assertThat(find(
                                    http.get("/api/v1/conversations?status=LOOKING_FOR_HELP", ben.token())
                                            .json(),
                                    marie.conversation())
                            .path("matchesMyExpertise")
                            .asBoolean())
                    .as("Ben has no billing expertise")
                    .isFalse();
            Reply joined = http.post(marie.path("/join"), carla.token(), null).hasStatus(200);
            assertThat(joined.text("status")).isEqualTo("IN_PROGRESS");
            assertThat(joined.json().path("operators").findValuesAsText("name")).containsExactly("Anne", "Carla");
            http.post(marie.path("/join"), ben.token(), null).isProblem(409);

            // Marie sees that Carla joined.
            JsonNode messages = http.get(marie.path("/messages"), marie.token()).json();
            JsonNode last = messages.get(messages.size() - 1);
            assertThat(last.path("authorKind").asText()).isEqualTo("SYSTEM");
            assertThat(last.path("body").asText()).isEqualTo("Carla joined the conversation");

            // Carla fixes it; the operators note and tag the conversation for reporting.
            http.post(
                            marie.path("/messages"),
                            carla.token(),
                            Map.of("body", "C'est corrigé, une nouvelle facture suit."))
                    .hasStatus(201);
            http.put(marie.path("/note"), carla.token(), Map.of("note", "Invoice F-2026-001 credited"))
                    .hasStatus(200);
            http.post(marie.path("/tags"), anne.token(), Map.of("name", "invoice"))
                    .hasStatus(200);

            // Anne closes: two operators took part, so the outcome is ESCALATED.
            t.clock.advance(Duration.ofMinutes(5));
            Reply closed = http.post(marie.path("/close"), anne.token(), null).hasStatus(200);
            assertThat(closed.text("outcome")).isEqualTo("ESCALATED");
            assertThat(closed.json().path("status").isNull()).isTrue();

            // The panel shows it all; the transcript goes to Marie's address.
            panel = http.get(marie.path("/panel"), anne.token()).json();
            assertThat(panel.path("note").asText()).isEqualTo("Invoice F-2026-001 credited");
            assertThat(panel.path("noteEditedBy").asText()).isEqualTo("Carla");
            assertThat(panel.path("tags").get(0).asText()).isEqualTo("invoice");
            assertThat(panel.path("outcome").asText()).isEqualTo("ESCALATED");
            assertThat(panel.path("transcriptEmail").asText()).isEqualTo("marie@example.be");

            Reply requested = http.post(marie.path("/transcript"), anne.token(), Map.of("email", "marie@example.be"))
                    .hasStatus(202);
            assertThat(requested.text("state")).isEqualTo("PENDING");
            JsonNode listed = http.get(marie.path("/transcripts"), anne.token()).json();
            assertThat(listed.findValuesAsText("requestId")).containsExactly(requested.text("requestId"));

            // The worker sends it: the mail has every visitor-visible message, never the note.
            t.chat.deliverTranscripts().deliverDue(10);
            assertThat(http.get(marie.path("/transcripts"), anne.token())
                            .json()
                            .get(0)
                            .path("state")
                            .asText())
                    .isEqualTo("SENT");
            assertThat(t.mailer.sent()).hasSize(1);
            assertThat(t.mailer.sent().get(0).to().value()).isEqualTo("marie@example.be");
        }
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode line : list) if (line.path("id").asText().equals(id)) return line;
        throw new AssertionError(id + " is not in " + list);
    }
}
