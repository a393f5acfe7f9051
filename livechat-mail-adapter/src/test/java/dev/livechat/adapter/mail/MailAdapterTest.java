package dev.livechat.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MailAdapterTest {
    @Test
    void withoutAnSmtpHostTranscriptsGoToTheOutboxFolder() {
        var settings = MailSettings.builder(Loopback.FROM)
                .outboxDir(Path.of("target", "outbox"))
                .build();

        assertThat(MailAdapter.mailer(settings))
                .isInstanceOfSatisfying(
                        EmlOutboxMailer.class, m -> assertThat(m.outbox()).isEqualTo(Path.of("target", "outbox")));
    }

    @Test
    void withAnSmtpHostTranscriptsGoOverSmtp() {
        var settings = MailSettings.builder(Loopback.FROM)
                .smtp("mail.example.com", 587)
                .build();

        assertThat(MailAdapter.mailer(settings)).isInstanceOf(SmtpTranscriptMailer.class);
    }
}
