package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the mail of an offline message to its channel's address: plain text, the visitor's name,
 * address and words. Reply-To is the visitor's address (one mailbox the domain checked), so that
 * answering the mail answers the visitor; the name reaches the subject with control characters
 * blanked, so it cannot start a header of its own.
 */
final class OfflineMails {
    private final TranscriptMessages transcripts;
    private final Clock clock;

    OfflineMails(MailSettings settings, Clock clock) {
        this.transcripts = new TranscriptMessages(settings, clock);
        this.clock = clock;
    }

    MimeMessage build(OfflineMessageMail mail, EmailAddress to, Session session) throws MessagingException {
        OfflineMessage m = mail.message();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(transcripts.from());
        message.setReplyTo(new InternetAddress[] {TranscriptMessages.mailbox(m.email())});
        message.setRecipients(RecipientType.TO, new InternetAddress[] {TranscriptMessages.mailbox(to)});
        message.setSubject(
                "Offline message from " + TranscriptMessages.headerText(m.name()) + " ("
                        + TranscriptMessages.headerText(mail.channelName()) + ")",
                "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setText(text(mail), StandardCharsets.UTF_8.name(), "plain");
        message.saveChanges();
        return message;
    }

    static String text(OfflineMessageMail mail) {
        OfflineMessage m = mail.message();
        return "A visitor left a message in " + mail.channelName() + " while it was closed.\n\n"
                + "From: " + m.name() + " <" + m.email() + ">\n"
                + "At: " + m.receivedAt() + " (UTC)\n"
                + "Reference: " + m.id() + "\n\n"
                + m.text() + "\n";
    }
}
