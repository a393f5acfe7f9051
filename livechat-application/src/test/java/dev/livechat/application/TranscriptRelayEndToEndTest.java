package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open-relay regression, end to end: the service on loopback, a real database (H2; PostgreSQL
 * under -Ppostgres), a GreenMail SMTP server. An anonymous visitor cannot get its text mailed to
 * an address it has not proven; an operator can.
 */
class TranscriptRelayEndToEndTest {
    static final String VISITOR_TEXT = "Cheap watches at http://spam.example, reply now 4711";
    static final String VICTIM = "victim@example.org";

    @TempDir
    Path data;

    GreenMail greenMail;
    Instance service;
    PgSchema schema;

    @AfterEach
    void stop() throws Exception {
        try {
            if (service != null) service.close();
        } finally {
            try {
                if (greenMail != null) greenMail.stop();
            } finally {
                if (schema != null) schema.close();
            }
        }
    }

    @Test
    void onH2() {
        aVisitorsTextReachesAnUnprovenAddressOnlyAfterItsConfirmation(new String[0]);
    }

    @Test
    void onPostgres() {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        schema = new PgSchema();
        aVisitorsTextReachesAnUnprovenAddressOnlyAfterItsConfirmation(schema.env(schema.jdbcUrl()));
    }

    void aVisitorsTextReachesAnUnprovenAddressOnlyAfterItsConfirmation(String[] database) {
        int smtpPort = E2e.freePort();
        greenMail = E2e.greenMail(smtpPort);
        service = Instance.start(E2e.env(
                data,
                E2e.concat(
                        E2e.concat(database, E2e.smtp(smtpPort)), "LIVECHAT_PUBLIC_URL", "https://chat.example.com/")));
        String channel = service.channel("Website support");
        Instance.Visitor visitor = service.start(channel, "en", "Mallory Spammer", VISITOR_TEXT);
        service.http
                .post(Instance.conversation(visitor.id(), "/close"), visitor.token(), null)
                .hasStatus(200);

        Reply asked = service.http
                .post(Instance.conversation(visitor.id(), "/transcript"), visitor.token(), Map.of("email", VICTIM))
                .hasStatus(202);
        assertThat(asked.text("state")).isEqualTo("AWAITING_CONFIRMATION");

        // the only mail: the confirmation, with no word of the visitor's
        E2e.await(
                Duration.ofSeconds(10),
                "the confirmation mail",
                () -> received().size() == 1);
        MimeMessage confirmation = received().get(0);
        String mail = GreenMailUtil.getWholeMessage(confirmation);
        assertThat(mail).doesNotContain("Cheap watches", "spam.example", "4711", "Mallory", "Spammer");
        assertThat(mail).contains("Website support", "https://chat.example.com/api/v1/transcripts/confirm?token=");
        String link = GreenMailUtil.getBody(confirmation)
                .lines()
                .filter(l -> l.startsWith("https://chat.example.com/"))
                .findFirst()
                .orElseThrow();
        String path = link.substring("https://chat.example.com".length());

        Reply page = service.http.get(path, null).hasStatus(200);
        assertThat(page.body()).contains("confirmed");
        E2e.await(
                Duration.ofSeconds(15),
                "the transcript after the confirmation",
                () -> received().size() == 2);
        assertThat(GreenMailUtil.getBody(received().get(1))).contains("Cheap watches");
        // the link again: nothing more is sent
        service.http.get(path, null).hasStatus(200);
        sleep(Duration.ofMillis(1500));
        assertThat(received()).hasSize(2);

        for (String other : List.of("b@example.org", "c@example.org"))
            service.http
                    .post(Instance.conversation(visitor.id(), "/transcript"), visitor.token(), Map.of("email", other))
                    .hasStatus(202);
        Reply fourth = service.http
                .post(
                        Instance.conversation(visitor.id(), "/transcript"),
                        visitor.token(),
                        Map.of("email", "d@example.org"))
                .hasStatus(429);
        assertThat(fourth.text("rule")).isEqualTo("visitor-transcript-requests-per-conversation");

        Instance.User operator = service.operator("Olga Operator", "en", "BE", List.of(), channel);
        Reply byOperator = service.http
                .post(
                        Instance.conversation(visitor.id(), "/transcript"),
                        operator.token(),
                        Map.of("email", "anyone@example.net"))
                .hasStatus(202);
        assertThat(byOperator.text("state")).isEqualTo("PENDING");
        E2e.await(
                Duration.ofSeconds(15),
                "the operator's transcript",
                () -> received().stream()
                        .anyMatch(m -> GreenMailUtil.getWholeMessage(m).contains("anyone@example.net")));
    }

    private List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
