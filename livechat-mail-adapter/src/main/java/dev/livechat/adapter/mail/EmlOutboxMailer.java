package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.offline.OfflineMessageMail;
import dev.livechat.domain.port.out.ConfirmationMailer;
import dev.livechat.domain.port.out.OfflineMessageMailer;
import dev.livechat.domain.port.out.TranscriptMailer;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default when no SMTP server is configured: each transcript becomes an RFC 5322
 * {@code .eml} file in the outbox folder, exactly the message SMTP would have carried, so anyone
 * can open it in a mail client. A file appears whole or not at all: it is written to a temporary
 * file in the same folder, then moved into place.
 */
public final class EmlOutboxMailer implements TranscriptMailer, ConfirmationMailer, OfflineMessageMailer {
    private static final Logger LOG = LoggerFactory.getLogger(EmlOutboxMailer.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path outbox;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final TranscriptMessages messages;
    private final ConfirmationMessages confirmations;
    private final OfflineMails offlineMails;

    public EmlOutboxMailer(MailSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock gives the Date header and the time in the file name */
    public EmlOutboxMailer(MailSettings settings, Clock clock) {
        this.outbox = settings.outboxDir();
        this.clock = clock;
        this.messages = new TranscriptMessages(settings, clock);
        this.confirmations = new ConfirmationMessages(settings, clock);
        this.offlineMails = new OfflineMails(settings, clock);
    }

    public Path outbox() {
        return outbox;
    }

    @Override
    public void send(Transcript transcript, EmailAddress to) throws TranscriptDeliveryException {
        MimeMessage message = messages.buildForDelivery(transcript, to, session);
        Path file = outbox.resolve(fileName(transcript));
        try {
            write(message, file);
        } catch (IOException | MessagingException | RuntimeException e) {
            // a full disk or a missing permission can be repaired: retry
            throw new TranscriptDeliveryException(
                    "could not write the transcript to " + file + ": " + e.getMessage(), false, e);
        }
        LOG.info("transcript of conversation {} for {} written to {}", transcript.conversation(), to, file);
    }

    /** The confirmation mail, as a "confirmation-….eml" file beside the transcripts. */
    @Override
    public void sendConfirmation(TranscriptConfirmation confirmation) throws TranscriptDeliveryException {
        Path file = outbox.resolve("confirmation-" + STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
        try {
            write(confirmations.build(confirmation, session), file);
        } catch (IOException | MessagingException | RuntimeException e) {
            throw new TranscriptDeliveryException(
                    "could not write the confirmation mail to " + file + ": " + e.getMessage(), false, e);
        }
        LOG.info("confirmation mail written to {}", file);
    }

    /** The offline message's mail, as an "offline-….eml" file beside the transcripts. */
    @Override
    public void send(OfflineMessageMail mail, EmailAddress to) throws TranscriptDeliveryException {
        Path file = outbox.resolve("offline-" + STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
        try {
            write(offlineMails.build(mail, to, session), file);
        } catch (IOException | MessagingException | RuntimeException e) {
            throw new TranscriptDeliveryException(
                    "could not write the offline message to " + file + ": " + e.getMessage(), false, e);
        }
        LOG.info("offline message {} written to {}", mail.message().id(), file);
    }

    private void write(MimeMessage message, Path file) throws IOException, MessagingException {
        Files.createDirectories(outbox);
        Path temporary = Files.createTempFile(outbox, ".transcript-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** "transcript-&lt;conversation&gt;-20240603T140500123Z-&lt;uuid&gt;.eml": unique, sortable, safe on every file system. */
    private String fileName(Transcript transcript) {
        String conversation = transcript.conversation().value().replaceAll("[^A-Za-z0-9._-]", "_");
        return "transcript-" + conversation + "-" + STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml";
    }
}
