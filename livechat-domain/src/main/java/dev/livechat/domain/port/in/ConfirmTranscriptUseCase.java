package dev.livechat.domain.port.in;

import dev.livechat.domain.transcript.TranscriptRequest;

/**
 * The visitor follows the link of a confirmation mail: the token proves they read that mailbox, so
 * the request moves from AWAITING_CONFIRMATION to PENDING and the worker sends it. Following the
 * link again changes nothing and answers the request as it stands.
 */
public interface ConfirmTranscriptUseCase {
    TranscriptRequest confirmTranscript(String token);
}
