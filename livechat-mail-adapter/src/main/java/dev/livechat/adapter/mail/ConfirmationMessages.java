package dev.livechat.adapter.mail;

import dev.livechat.domain.transcript.TranscriptConfirmation;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the mail that asks to confirm a transcript address: plain text, the service's name and
 * the link, nothing a visitor typed (the domain hands over nothing else), so it cannot carry a
 * stranger's message to whoever owns the address.
 */
final class ConfirmationMessages {
    private final MailSettings settings;
    private final TranscriptMessages transcripts;
    private final Clock clock;

    ConfirmationMessages(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.transcripts = new TranscriptMessages(settings, clock);
        this.clock = clock;
    }

    MimeMessage build(TranscriptConfirmation confirmation, Session session) throws MessagingException {
        String service = TranscriptMessages.headerText(confirmation.serviceName());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(transcripts.from());
        if (settings.replyTo().isPresent())
            message.setReplyTo(new InternetAddress[] {
                TranscriptMessages.mailbox(settings.replyTo().get())
            });
        message.setRecipients(RecipientType.TO, new InternetAddress[] {TranscriptMessages.mailbox(confirmation.to())});
        message.setSubject("Confirm your address to receive a conversation transcript from " + service, "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setText(text(confirmation, service), StandardCharsets.UTF_8.name(), "plain");
        message.saveChanges();
        return message;
    }

    static String text(TranscriptConfirmation confirmation, String service) {
        return "Someone asked " + service + " to send the transcript of a chat conversation to this address.\n\n"
                + "To receive it, open this link before " + confirmation.expiresAt() + " (UTC):\n\n"
                + confirmation.link() + "\n\n"
                + "If you did not ask for it, ignore this mail: nothing will be sent.\n";
    }
}
