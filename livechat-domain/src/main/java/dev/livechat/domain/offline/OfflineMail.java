package dev.livechat.domain.offline;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.transcript.RetrySchedule;
import java.time.Instant;
import java.util.Optional;

/**
 * The outbox side of an offline message: the channel's address as it was when the message came,
 * and how sending there goes (as a transcript request's delivery: tries, next try, last error).
 */
public record OfflineMail(
        MailState state,
        Optional<EmailAddress> to,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<Instant> sentAt) {
    public OfflineMail {
        Require.present("mailState", state);
        Require.present("mailTo", to);
        Require.present("nextAttemptAt", nextAttemptAt);
        Require.present("lastError", lastError);
        Require.present("sentAt", sentAt);
        Require.that(to.isPresent() || state == MailState.NO_ADDRESS, "mailTo", "is required to send");
    }

    /** Due at once to the address, or nothing to send without one. */
    static OfflineMail due(Optional<EmailAddress> to, Instant at) {
        return new OfflineMail(
                to.isPresent() ? MailState.PENDING : MailState.NO_ADDRESS,
                to,
                0,
                at,
                Optional.empty(),
                Optional.empty());
    }

    OfflineMail sent(Instant at) {
        return new OfflineMail(MailState.SENT, to, attempts + 1, at, Optional.empty(), Optional.of(at));
    }

    /** A temporary failure is tried again after the schedule's delay; a permanent one, or the last, is FAILED. */
    OfflineMail failed(String error, boolean permanent, RetrySchedule schedule, Instant at) {
        int tries = attempts + 1;
        Optional<java.time.Duration> delay = permanent ? Optional.empty() : schedule.delayAfter(tries);
        return new OfflineMail(
                delay.isPresent() ? MailState.PENDING : MailState.FAILED,
                to,
                tries,
                delay.map(at::plus).orElse(at),
                Optional.of(error),
                Optional.empty());
    }
}
