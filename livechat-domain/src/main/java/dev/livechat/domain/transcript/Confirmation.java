package dev.livechat.domain.transcript;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.error.StateConflictException;
import java.time.Instant;

/**
 * The one-time link that proves a visitor reads the mailbox a transcript is for: only the hash of
 * its token is kept (as {@code access.TokenHash} makes it), so a copy of the database confirms nothing.
 */
public record Confirmation(String tokenHash, Instant expiresAt) {
    public Confirmation {
        Require.that(
                tokenHash != null && tokenHash.matches("[0-9a-f]{64}"),
                "confirmationTokenHash",
                "must be the 64 hex digits of a SHA-256");
        Require.present("confirmationExpiresAt", expiresAt);
    }

    void requireUnexpired(TranscriptRequestId request, Instant at) {
        if (!at.isBefore(expiresAt))
            throw new StateConflictException("The confirmation link of transcript request " + request
                    + " expired at " + expiresAt + "; state: " + TranscriptState.AWAITING_CONFIRMATION
                    + ". Ask for the transcript again.");
    }
}
