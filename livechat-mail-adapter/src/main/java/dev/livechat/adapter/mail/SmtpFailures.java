package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells a failure that will pass (retry it) from one that will not. Permanent means the refusal
 * is about this request: the server answered 5xx to its recipient or to its content. Everything
 * about the server or our own configuration (unreachable, timeout, 4xx, login or sender refused,
 * no STARTTLS) is temporary, so that a repaired server or configuration still delivers it.
 */
final class SmtpFailures {
    /** The error is stored with the request and shown to users: keep it to a readable size. */
    static final int MAX_LENGTH = 500;

    private SmtpFailures() {}

    static TranscriptDeliveryException of(MessagingException e, String server, EmailAddress to) {
        Optional<SMTPAddressFailedException> recipient = find(e, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            int code = recipient.get().getReturnCode();
            return failure(
                    "the mail server " + server + " refused recipient " + to + ": " + text(recipient.get()),
                    isPermanent(code),
                    e);
        }
        if (e instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0)
            return failure("the mail server " + server + " refused recipient " + to + ": " + text(e), true, e);
        Optional<SMTPSenderFailedException> sender = find(e, SMTPSenderFailedException.class);
        if (sender.isPresent())
            return failure("the mail server " + server + " refused the sender: " + text(sender.get()), false, e);
        Optional<SMTPSendFailedException> content = find(e, SMTPSendFailedException.class);
        if (content.isPresent())
            return failure(
                    "the mail server " + server + " refused the message: " + text(content.get()),
                    isPermanent(content.get().getReturnCode()),
                    e);
        if (e instanceof AuthenticationFailedException)
            return failure("the mail server " + server + " refused the login: " + text(e), false, e);
        return failure(connectionProblem(e, server), false, e);
    }

    private static String connectionProblem(MessagingException e, String server) {
        if (find(e, SocketTimeoutException.class).isPresent())
            return "the mail server " + server + " did not answer in time: " + text(e);
        if (find(e, ConnectException.class).isPresent()
                || find(e, UnknownHostException.class).isPresent())
            return "could not reach the mail server " + server + ": " + text(e);
        return "sending through the mail server " + server + " failed: " + text(e);
    }

    private static boolean isPermanent(int replyCode) {
        return replyCode >= 500 && replyCode <= 599;
    }

    private static TranscriptDeliveryException failure(String message, boolean permanent, Exception cause) {
        String clean = TranscriptMessages.headerText(message.replaceAll("\\s+", " "));
        return new TranscriptDeliveryException(
                clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH - 1) + "…", permanent, cause);
    }

    private static String text(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) message = e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage()))
            message = message + " (" + cause.getMessage() + ")";
        return message.strip();
    }

    /** Walks the cause chain; a MessagingException's cause is its next exception, where Jakarta Mail nests per-recipient failures. */
    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (int depth = 0; e != null && depth < 20; depth++, e = e.getCause())
            if (type.isInstance(e)) return Optional.of(type.cast(e));
        return Optional.empty();
    }
}
