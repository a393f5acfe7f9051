package dev.livechat.domain.service;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.port.in.ConfirmTranscriptUseCase;
import dev.livechat.domain.port.out.TranscriptRequestsPort;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The confirmation link: the token's hash finds the request; in time, it becomes PENDING with a history line. */
public final class ConfirmTranscriptService implements ConfirmTranscriptUseCase {
    private final ConversationWork work;
    private final TranscriptRequestsPort requests;
    private final Clock clock;

    public ConfirmTranscriptService(ConversationWork work, TranscriptRequestsPort requests, Clock clock) {
        this.work = work;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public TranscriptRequest confirmTranscript(String token) {
        // the token is never echoed: an error must not hand it to a log
        if (token == null || token.isBlank() || token.length() > 512)
            throw new NotFoundException("transcript confirmation", "(no valid token)");
        TranscriptRequest request = requests.findByConfirmation(TokenHash.of(token))
                .orElseThrow(() -> new NotFoundException("transcript confirmation", "(unknown token)"));
        if (request.state() != TranscriptState.AWAITING_CONFIRMATION) return request;
        Instant now = clock.instant();
        TranscriptRequest confirmed = request.confirmed(now);
        return work.apply(request.conversation(), conversation -> {
            if (!requests.markConfirmed(request.id(), now))
                return requests.find(request.id()).orElse(confirmed); // another click won
            conversation.recordTranscript(
                    request.id(),
                    TranscriptState.PENDING,
                    Optional.of("address confirmed"),
                    Actor.visitor(conversation.state().opening().visitor().name()),
                    now);
            return confirmed;
        });
    }
}
