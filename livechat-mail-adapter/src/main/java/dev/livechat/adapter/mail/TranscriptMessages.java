package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/**
 * Builds the transcript mail: multipart/alternative with a text/plain and a text/html part, UTF-8
 * throughout. Addresses are set as {@link InternetAddress} objects and header texts have control
 * characters removed, so nothing a user typed can add a header or a recipient.
 */
final class TranscriptMessages {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailSettings settings;
    private final Clock clock;

    TranscriptMessages(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** As {@link #build}, a failure being final: the same transcript would fail the same way on every try. */
    MimeMessage buildForDelivery(Transcript transcript, EmailAddress to, Session session)
            throws TranscriptDeliveryException {
        try {
            return build(transcript, to, session);
        } catch (MessagingException e) {
            throw new TranscriptDeliveryException(
                    "could not build the transcript mail of conversation " + transcript.conversation() + ": "
                            + e.getMessage(),
                    true,
                    e);
        }
    }

    MimeMessage build(Transcript transcript, EmailAddress to, Session session) throws MessagingException {
        TranscriptView view = TranscriptView.of(transcript);
        MimeMessage message = new TranscriptMessage(session, messageId(transcript));
        message.setFrom(from());
        if (settings.replyTo().isPresent())
            message.setReplyTo(new InternetAddress[] {mailbox(settings.replyTo().get())});
        message.setRecipients(RecipientType.TO, new InternetAddress[] {mailbox(to)});
        message.setSubject(headerText(transcript.subject()), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        // a transcript is sent by a machine: tell auto-responders not to answer it
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setContent(alternative(view));
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternative(TranscriptView view) throws MessagingException {
        // least preferred first (RFC 2046, 5.1.4): clients that render HTML show the last part
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(PlainTextTranscript.render(view), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HtmlTranscript.render(view), UTF_8, "html");
        return new MimeMultipart("alternative", plain, html);
    }

    InternetAddress from() throws MessagingException {
        if (settings.fromName().isEmpty()) return mailbox(settings.from());
        try {
            InternetAddress from = new InternetAddress(
                    settings.from().value(), headerText(settings.fromName().get()), UTF_8);
            from.validate();
            return from;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }

    /** Parses strictly and checks that the parse gave back exactly the one mailbox the domain accepted. */
    static InternetAddress mailbox(EmailAddress email) throws AddressException {
        InternetAddress address = new InternetAddress(email.value(), true);
        if (!email.value().equals(address.getAddress()) || address.isGroup())
            throw new AddressException("not a single mailbox", email.value());
        return address;
    }

    /** Names typed by users end up in headers: a line break there would start a new header. */
    static String headerText(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
    }

    private String messageId(Transcript transcript) {
        String conversation = transcript.conversation().value().replaceAll("[^A-Za-z0-9-]", "-");
        String domain =
                settings.from().value().substring(settings.from().value().indexOf('@') + 1);
        return "<transcript." + conversation + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    /** Keeps our Message-ID: {@link MimeMessage#saveChanges()} would otherwise replace it with a generated one. */
    private static final class TranscriptMessage extends MimeMessage {
        private final String messageId;

        TranscriptMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
