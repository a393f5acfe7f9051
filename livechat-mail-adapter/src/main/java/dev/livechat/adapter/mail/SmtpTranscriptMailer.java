package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.offline.OfflineMessageMail;
import dev.livechat.domain.port.out.ConfirmationMailer;
import dev.livechat.domain.port.out.OfflineMessageMailer;
import dev.livechat.domain.port.out.TranscriptMailer;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends transcripts over SMTP with Jakarta Mail. One connection per transcript, every step bounded
 * by the configured timeouts, so a hung server fails the try instead of hanging the worker. It
 * never retries by itself: the worker does, after {@link SmtpFailures} has said whether a retry
 * can help.
 */
public final class SmtpTranscriptMailer implements TranscriptMailer, ConfirmationMailer, OfflineMessageMailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpTranscriptMailer.class);

    private final MailSettings settings;
    private final Session session;
    private final TranscriptMessages messages;
    private final ConfirmationMessages confirmations;
    private final OfflineMails offlineMails;
    private final String server;

    public SmtpTranscriptMailer(MailSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock gives the Date header */
    public SmtpTranscriptMailer(MailSettings settings, Clock clock) {
        this(settings, clock, new Properties());
    }

    /** @param overrides Jakarta Mail properties laid over the settings' (tests trust a self-signed certificate) */
    SmtpTranscriptMailer(MailSettings settings, Clock clock, Properties overrides) {
        if (!settings.usesSmtp()) throw new InvalidValueException("mail.smtp.host", "is required to send over SMTP");
        this.settings = settings;
        Properties properties = sessionProperties(settings);
        properties.putAll(overrides);
        this.session = Session.getInstance(properties);
        this.messages = new TranscriptMessages(settings, clock);
        this.confirmations = new ConfirmationMessages(settings, clock);
        this.offlineMails = new OfflineMails(settings, clock);
        this.server = settings.smtpHost().get() + ":" + settings.port();
    }

    @Override
    public void send(Transcript transcript, EmailAddress to) throws TranscriptDeliveryException {
        try {
            transmit(messages.buildForDelivery(transcript, to, session));
        } catch (MessagingException e) {
            TranscriptDeliveryException failure = SmtpFailures.of(e, server, to);
            LOG.warn(
                    "transcript of conversation {} not sent ({}): {}",
                    transcript.conversation(),
                    failure.permanent() ? "permanent" : "temporary",
                    failure.getMessage());
            throw failure;
        } catch (RuntimeException e) {
            // whatever it is, the worker must count the try: escaping it would leave the request claimed
            LOG.warn("transcript of conversation {} not sent", transcript.conversation(), e);
            throw new TranscriptDeliveryException(
                    "sending through the mail server " + server + " failed: " + e, false, e);
        }
        LOG.info("transcript of conversation {} sent through {}", transcript.conversation(), server);
    }

    /** The link to confirm a transcript address; a failure is the visitor's to retry, never ours. */
    @Override
    public void sendConfirmation(TranscriptConfirmation confirmation) throws TranscriptDeliveryException {
        try {
            transmit(confirmations.build(confirmation, session));
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("confirmation mail not sent through {}: {}", server, e.toString());
            throw new TranscriptDeliveryException(
                    "sending through the mail server " + server + " failed: " + e.getMessage(), false, e);
        }
        LOG.info("confirmation mail sent through {}", server);
    }

    /** An offline message to its channel's address; like a transcript, the worker retries what can be. */
    @Override
    public void send(OfflineMessageMail mail, EmailAddress to) throws TranscriptDeliveryException {
        try {
            transmit(offlineMails.build(mail, to, session));
        } catch (MessagingException e) {
            TranscriptDeliveryException failure = SmtpFailures.of(e, server, to);
            LOG.warn("offline message {} not sent: {}", mail.message().id(), failure.getMessage());
            throw failure;
        } catch (RuntimeException e) {
            LOG.warn("offline message {} not sent", mail.message().id(), e);
            throw new TranscriptDeliveryException(
                    "sending through the mail server " + server + " failed: " + e, false, e);
        }
        LOG.info("offline message {} sent through {}", mail.message().id(), server);
    }

    private void transmit(MimeMessage message) throws MessagingException {
        Transport transport = session.getTransport(protocol(settings));
        try {
            transport.connect(
                    settings.smtpHost().get(),
                    settings.port(),
                    settings.user().orElse(null),
                    settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            close(transport);
        }
    }

    /** The message is accepted once the server said so: a failing QUIT must not turn that into a retry (and a second mail). */
    private void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("closing the connection to {} failed", server, e);
        }
    }

    static String protocol(MailSettings settings) {
        return settings.security() == MailSettings.Security.SMTPS ? "smtps" : "smtp";
    }

    /** The Jakarta Mail session properties for these settings ({@code mail.smtp.*} or {@code mail.smtps.*}). */
    static Properties sessionProperties(MailSettings settings) {
        String protocol = protocol(settings);
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty(prefix + "host", settings.smtpHost().orElseThrow());
        p.setProperty(prefix + "port", Integer.toString(settings.port()));
        p.setProperty(
                prefix + "connectiontimeout",
                Long.toString(settings.connectTimeout().toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(settings.readTimeout().toMillis()));
        p.setProperty(
                prefix + "writetimeout", Long.toString(settings.readTimeout().toMillis()));
        p.setProperty(prefix + "auth", Boolean.toString(settings.user().isPresent()));
        p.setProperty(prefix + "from", settings.from().value());
        switch (settings.security()) {
            case STARTTLS -> {
                // required: never fall back to plain text when the server does not offer STARTTLS
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case SMTPS -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {}
        }
        return p;
    }
}
