package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.isVisitorOf;
import static dev.livechat.domain.access.ConversationPermissions.livechatUser;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.RequestTranscriptUseCase;
import dev.livechat.domain.port.out.ContactDirectory;
import dev.livechat.domain.port.out.TranscriptRequestsPort;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Send conversation": records the request in the outbox, with a line in the conversation's
 * history, in one transaction. The same idempotency key gives back the same request.
 */
public final class TranscriptService implements RequestTranscriptUseCase {
    private final ConversationWork work;
    private final TranscriptRequestsPort requests;
    private final ContactDirectory contacts;
    private final Clock clock;

    public TranscriptService(
            ConversationWork work, TranscriptRequestsPort requests, ContactDirectory contacts, Clock clock) {
        this.work = work;
        this.requests = requests;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public TranscriptRequest requestTranscript(RequestTranscriptCommand command) {
        return work.inUnit(() -> {
            Conversation conversation = work.loadForUpdate(command.conversation());
            Actor by = requester(conversation.state(), command.caller(), command.to());
            conversation.requireClosedForTranscript();
            if (command.idempotencyKey().isPresent()) {
                var earlier = requests.findByKey(
                        command.conversation(), command.idempotencyKey().get());
                if (earlier.isPresent()) return earlier.get();
            }
            TranscriptRequest request = TranscriptRequest.pending(
                    TranscriptRequestId.random(),
                    command.conversation(),
                    command.to(),
                    command.idempotencyKey(),
                    by.name(),
                    clock.instant());
            conversation.recordTranscript(request.id(), TranscriptState.PENDING, Optional.empty(), by, clock.instant());
            var events = conversation.pullEvents();
            work.stored(requests.record(request, conversation, events));
            return request;
        });
    }

    @Override
    public List<TranscriptRequest> transcriptRequests(ConversationCommand command) {
        livechatUser(command.caller(), "list transcript requests");
        work.load(command.conversation());
        return requests.of(command.conversation());
    }

    /** A live chat user to any address; the visitor only to its own (its email, or its contact's). */
    private Actor requester(ConversationState conversation, Caller caller, EmailAddress to) {
        if (isVisitorOf(conversation, caller)) {
            if (!ownAddresses(conversation).contains(key(to)))
                throw new AccessDeniedException("the visitor of conversation " + conversation.id()
                        + " may ask for a transcript to their own email address only");
            return Actor.visitor(conversation.visitor().name());
        }
        return Caller.actorOf(livechatUser(caller, "send transcripts"));
    }

    private List<String> ownAddresses(ConversationState conversation) {
        var own = new java.util.ArrayList<String>();
        conversation.visitor().email().ifPresent(e -> own.add(key(e)));
        conversation
                .visitor()
                .contact()
                .flatMap(contacts::find)
                .flatMap(c -> c.email())
                .ifPresent(e -> own.add(key(e)));
        return own;
    }

    private static String key(EmailAddress address) {
        return address.value().toLowerCase(Locale.ROOT);
    }
}
