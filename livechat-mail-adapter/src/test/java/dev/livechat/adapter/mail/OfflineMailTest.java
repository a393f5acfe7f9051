package dev.livechat.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageMail;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An offline message's mail to its channel's address, over SMTP to GreenMail and as an .eml file. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OfflineMailTest {
    static final EmailAddress CHANNEL_ADDRESS = EmailAddress.of("support@shop.example");
    final MutableClock clock = MutableClock.at("2026-12-05T10:00:00Z");

    static OfflineMessageMail mail(String name) {
        OfflineMessage message = OfflineMessage.received(
                OfflineMessageId.of("m-1"),
                ChannelId.of("support"),
                name,
                EmailAddress.of("ana@example.org"),
                "My order 1234 never came.\nCan you look?",
                Optional.of(CHANNEL_ADDRESS),
                Instant.parse("2026-12-05T09:59:00Z"));
        return new OfflineMessageMail(message, "Website support");
    }

    @Test
    void theChannelGetsTheVisitorsWordsAndAnswersGoToTheVisitor() throws Exception {
        int port = Loopback.freePort();
        GreenMail greenMail = Loopback.greenMail(port);
        greenMail.start();
        try {
            new SmtpTranscriptMailer(Loopback.smtp(port).build(), clock).send(mail("Ana"), CHANNEL_ADDRESS);

            assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("Offline message from Ana (Website support)");
            assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress())
                    .isEqualTo("ana@example.org");
            assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress())
                    .isEqualTo("support@shop.example");
            assertThat(GreenMailUtil.getBody(received)).contains("My order 1234 never came.", "ana@example.org");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aServerThatIsDownIsATemporaryFailure() {
        int port = Loopback.freePort();
        assertThatThrownBy(() ->
                        new SmtpTranscriptMailer(Loopback.smtp(port).build(), clock).send(mail("Ana"), CHANNEL_ADDRESS))
                .isInstanceOfSatisfying(
                        TranscriptDeliveryException.class,
                        e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void withoutSmtpItIsAnEmlFileWhoseHeadersNoNameCanExtend(@TempDir Path outbox) throws Exception {
        var mailer = new EmlOutboxMailer(
                MailSettings.builder(Loopback.FROM).outboxDir(outbox).build(), clock);
        // a name cannot hold control characters in the domain; the subject blanks them all the same
        mailer.send(mail("Ana Bcc evil"), CHANNEL_ADDRESS);

        Path file;
        try (var files = Files.list(outbox)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("offline-"))
                    .findFirst()
                    .orElseThrow();
        }
        String eml = Files.readString(file);
        assertThat(eml).contains("Subject: Offline message from Ana Bcc evil (Website support)");
        assertThat(eml).doesNotContain("\nBcc:");
    }

    @Test
    void aNameWithALineBreakIsRefusedBeforeAnyMail() {
        assertThatThrownBy(() -> mail("Ana\r\nBcc: evil@example.org")).hasMessageContaining("name");
    }
}
