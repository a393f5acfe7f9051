package dev.livechat.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SMTP mailer against real servers on loopback: what it sends, and how it reports each failure. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SmtpTranscriptMailerTest {
    private static final EmailAddress TO = EmailAddress.of("visitor@example.org");
    private static final Transcript TRANSCRIPT = Transcripts.startedAt("2024-06-03T12:00:00Z")
            .operator("Ana")
            .says(AuthorKind.VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
            .build();
    private final MutableClock clock = MutableClock.at("2024-06-03T12:30:00Z");

    @Nested
    class Sending {
        @Test
        void logsInWhenAUserIsSet() throws Exception {
            int port = Loopback.freePort();
            GreenMail greenMail = Loopback.greenMail(port);
            greenMail.setUser(Loopback.FROM.value(), "robot", "s3cret");
            greenMail.start();
            try {
                mailer(Loopback.smtp(port).login("robot", "s3cret").build()).send(TRANSCRIPT, TO);

                assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
                assertThat(greenMail.getReceivedMessages()).hasSize(1);
            } finally {
                greenMail.stop();
            }
        }

        @Test
        void sendsOverSmtps() throws Exception {
            int port = Loopback.freePort();
            GreenMail greenMail = Loopback.greenMail(new ServerSetup(port, Loopback.HOST, ServerSetup.PROTOCOL_SMTPS));
            greenMail.start();
            try {
                var settings = Loopback.smtp(port)
                        .security(MailSettings.Security.SMTPS)
                        .build();
                // GreenMail's certificate is self-signed and names no host: trust it for this test only
                var trustGreenMail = new Properties();
                trustGreenMail.setProperty("mail.smtps.ssl.trust", Loopback.HOST);
                trustGreenMail.setProperty("mail.smtps.ssl.checkserveridentity", "false");

                new SmtpTranscriptMailer(settings, clock, trustGreenMail).send(TRANSCRIPT, TO);

                assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
                assertThat(greenMail.getReceivedMessages()).hasSize(1);
            } finally {
                greenMail.stop();
            }
        }

        @Test
        void needsAnSmtpHost() {
            assertThatThrownBy(() -> new SmtpTranscriptMailer(
                            MailSettings.builder(Loopback.FROM).build()))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("mail.smtp.host"));
        }
    }

    @Nested
    class TemporaryFailures {
        @Test
        void aServerThatIsDownIsRetried() {
            int port = Loopback.freePort();

            assertThat(failure(Loopback.smtp(port).build()))
                    .satisfies(e -> assertThat(e.permanent()).isFalse())
                    .hasMessageStartingWith("could not reach the mail server 127.0.0.1:" + port);
        }

        @Test
        void aServerThatNeverAnswersTimesOutInsteadOfHangingTheWorker() throws Exception {
            try (var server = ScriptedSmtpServer.silent()) {
                var settings = Loopback.smtp(server.port())
                        .readTimeout(Duration.ofMillis(300))
                        .build();
                long start = System.nanoTime();

                assertThat(failure(settings))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("did not answer in time");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            }
        }

        @Test
        void a4xxForTheRecipientIsRetried() throws Exception {
            try (var server = ScriptedSmtpServer.replying(Map.of("RCPT", "450 4.2.1 mailbox busy, try later"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("refused recipient visitor@example.org")
                        .hasMessageContaining("450 4.2.1 mailbox busy");
                assertThat(server.accepted()).isZero();
            }
        }

        @Test
        void a4xxAfterTheMessageIsRetried() throws Exception {
            try (var server = ScriptedSmtpServer.replying(Map.of("DATA", "451 4.3.0 local error, try later"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("451 4.3.0");
            }
        }

        @Test
        void aServerClosingAtGreetingIsRetried() throws Exception {
            try (var server = ScriptedSmtpServer.replying(Map.of("GREETING", "421 4.3.2 too busy"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isFalse());
            }
        }

        @Test
        void aRefusedSenderIsOurConfigurationAndIsRetried() throws Exception {
            try (var server = ScriptedSmtpServer.replying(Map.of("MAIL", "553 5.7.1 sender not allowed"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("refused the sender")
                        .hasMessageContaining("553 5.7.1");
            }
        }

        @Test
        void aRefusedLoginIsRetried() throws Exception {
            int port = Loopback.freePort();
            GreenMail greenMail = Loopback.greenMail(port);
            greenMail.setUser(Loopback.FROM.value(), "robot", "s3cret");
            greenMail.start();
            try {
                assertThat(failure(Loopback.smtp(port).login("robot", "wrong").build()))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("refused the login")
                        .hasMessageNotContaining("wrong");
                assertThat(greenMail.getReceivedMessages()).isEmpty();
            } finally {
                greenMail.stop();
            }
        }

        @Test
        void starttlsIsRequiredNeverSkipped() throws Exception {
            int port = Loopback.freePort();
            GreenMail greenMail = Loopback.greenMail(port); // plain SMTP, offers no STARTTLS
            greenMail.start();
            try {
                var settings = Loopback.smtp(port)
                        .security(MailSettings.Security.STARTTLS)
                        .build();

                assertThat(failure(settings))
                        .satisfies(e -> assertThat(e.permanent()).isFalse())
                        .hasMessageContaining("STARTTLS");
                assertThat(greenMail.getReceivedMessages()).isEmpty();
            } finally {
                greenMail.stop();
            }
        }
    }

    @Nested
    class PermanentFailures {
        @Test
        void a5xxForTheRecipientIsNotRetried() throws Exception {
            try (var server =
                    ScriptedSmtpServer.replying(Map.of("RCPT", "550 5.1.1 <visitor@example.org>: no such user"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isTrue())
                        .hasMessage(
                                "the mail server 127.0.0.1:" + server.port()
                                        + " refused recipient visitor@example.org: 550 5.1.1 <visitor@example.org>: no such user");
                assertThat(server.accepted()).isZero();
                assertThat(server.commands()).noneMatch(c -> c.equals("DATA"));
            }
        }

        @Test
        void a5xxAfterTheMessageIsNotRetried() throws Exception {
            try (var server = ScriptedSmtpServer.replying(Map.of("DATA", "554 5.6.0 message refused"))) {
                assertThat(failure(Loopback.smtp(server.port()).build()))
                        .satisfies(e -> assertThat(e.permanent()).isTrue())
                        .hasMessageContaining("refused the message")
                        .hasMessageContaining("554 5.6.0");
            }
        }
    }

    @Nested
    class SessionProperties {
        @Test
        void timeoutsBoundEveryStep() {
            var p = SmtpTranscriptMailer.sessionProperties(MailSettings.builder(Loopback.FROM)
                    .smtpHost("mail.example.com")
                    .connectTimeout(Duration.ofSeconds(7))
                    .readTimeout(Duration.ofSeconds(11))
                    .build());

            assertThat(p)
                    .containsEntry("mail.transport.protocol", "smtp")
                    .containsEntry("mail.smtp.host", "mail.example.com")
                    .containsEntry("mail.smtp.port", "25")
                    .containsEntry("mail.smtp.connectiontimeout", "7000")
                    .containsEntry("mail.smtp.timeout", "11000")
                    .containsEntry("mail.smtp.writetimeout", "11000")
                    .containsEntry("mail.smtp.auth", "false")
                    .doesNotContainKey("mail.smtp.starttls.enable");
        }

        @Test
        void starttlsIsEnabledAndRequiredWithAuthWhenAUserIsSet() {
            var p = SmtpTranscriptMailer.sessionProperties(MailSettings.builder(Loopback.FROM)
                    .smtpHost("mail.example.com")
                    .security(MailSettings.Security.STARTTLS)
                    .login("robot", "s3cret")
                    .build());

            assertThat(p)
                    .containsEntry("mail.smtp.port", "587")
                    .containsEntry("mail.smtp.starttls.enable", "true")
                    .containsEntry("mail.smtp.starttls.required", "true")
                    .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                    .containsEntry("mail.smtp.auth", "true")
                    .doesNotContainValue("s3cret");
        }

        @Test
        void smtpsUsesItsOwnProtocolAndProperties() {
            var p = SmtpTranscriptMailer.sessionProperties(MailSettings.builder(Loopback.FROM)
                    .smtpHost("mail.example.com")
                    .security(MailSettings.Security.SMTPS)
                    .build());

            assertThat(p)
                    .containsEntry("mail.transport.protocol", "smtps")
                    .containsEntry("mail.smtps.port", "465")
                    .containsEntry("mail.smtps.ssl.enable", "true")
                    .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                    .containsEntry("mail.smtps.connectiontimeout", "10000")
                    .containsEntry("mail.smtps.timeout", "30000")
                    .doesNotContainKey("mail.smtp.host");
        }
    }

    private SmtpTranscriptMailer mailer(MailSettings settings) {
        return new SmtpTranscriptMailer(settings, clock);
    }

    private TranscriptDeliveryException failure(MailSettings settings) {
        try {
            mailer(settings).send(TRANSCRIPT, TO);
        } catch (TranscriptDeliveryException e) {
            return e;
        }
        throw new AssertionError("the send succeeded");
    }
}
