package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.isVisitorOf;
import static dev.livechat.domain.access.ConversationPermissions.livechatUser;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.RequestTranscriptUseCase;
import dev.livechat.domain.port.out.TranscriptRequestsPort;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Send conversation": records the request in the outbox, with a line in the conversation's
 * history, in one transaction. The same idempotency key gives back the same request. A live chat
 * user's request is due at once; a visitor's goes through {@link VisitorTranscripts} (an unproven
 * address is confirmed first, and visitors are limited), because anyone can be a visitor.
 */
public final class TranscriptService implements RequestTranscriptUseCase {
    private final ConversationWork work;
    private final TranscriptRequestsPort requests;
    private final VisitorTranscripts visitors;
    private final Clock clock;

    public TranscriptService(
            ConversationWork work, TranscriptRequestsPort requests, VisitorTranscripts visitors, Clock clock) {
        this.work = work;
        this.requests = requests;
        this.visitors = visitors;
        this.clock = clock;
    }

    @Override
    public TranscriptRequest requestTranscript(RequestTranscriptCommand command) {
        VisitorTranscripts.Recorded recorded = work.apply(
                command.conversation(),
                conversation -> record(conversation, command),
                (conversation, events, result) -> requests.record(result.request(), conversation, events));
        return visitors.mailConfirmation(recorded);
    }

    /** Records the request in the conversation's history; the store writes both (or, for a repeated key, neither). */
    private VisitorTranscripts.Recorded record(Conversation conversation, RequestTranscriptCommand command) {
        ConversationState state = conversation.state();
        boolean visitor = isVisitorOf(state, command.caller());
        Actor by = visitor
                ? Actor.visitor(state.opening().visitor().name())
                : Caller.actorOf(livechatUser(command.caller(), "send transcripts"));
        conversation.requireClosedForTranscript();
        if (command.idempotencyKey().isPresent()) {
            var earlier = requests.findByKey(
                    command.conversation(), command.idempotencyKey().get());
            if (earlier.isPresent()) return new VisitorTranscripts.Recorded(earlier.get(), Optional.empty());
        }
        Instant now = clock.instant();
        TranscriptRequestId id = TranscriptRequestId.random();
        VisitorTranscripts.Recorded recorded = visitor
                ? visitors.request(id, state, command.to(), command.idempotencyKey(), by, now)
                : new VisitorTranscripts.Recorded(
                        TranscriptRequest.pending(
                                id, command.conversation(), command.to(), command.idempotencyKey(), by, now),
                        Optional.empty());
        TranscriptRequest request = recorded.request();
        conversation.recordTranscript(request.id(), request.state(), Optional.empty(), by, now);
        return recorded;
    }

    @Override
    public List<TranscriptRequest> transcriptRequests(ConversationCommand command) {
        livechatUser(command.caller(), "list transcript requests");
        work.load(command.conversation());
        return requests.of(command.conversation());
    }
}
