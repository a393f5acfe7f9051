package dev.livechat.adapter.mail;

import dev.livechat.domain.port.out.TranscriptMailer;
import java.time.Clock;

/** The mail adapter's entry point: the transcript mailer that the settings call for. */
public final class MailAdapter {
    private MailAdapter() {}

    /** SMTP when a host is set, otherwise {@code .eml} files in the outbox folder. */
    public static TranscriptMailer mailer(MailSettings settings) {
        return mailer(settings, Clock.systemUTC());
    }

    public static TranscriptMailer mailer(MailSettings settings, Clock clock) {
        return settings.usesSmtp() ? new SmtpTranscriptMailer(settings, clock) : new EmlOutboxMailer(settings, clock);
    }
}
