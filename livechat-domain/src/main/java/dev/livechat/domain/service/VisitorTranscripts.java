package dev.livechat.domain.service;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.LimitExceededException;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.ConfirmationMailer;
import dev.livechat.domain.port.out.ContactDirectory;
import dev.livechat.domain.port.out.TranscriptRequestsPort;
import dev.livechat.domain.transcript.Confirmation;
import dev.livechat.domain.transcript.ConfirmationLinks;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import dev.livechat.domain.transcript.VisitorTranscriptLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A visitor's transcript request. Anyone can start a conversation without an account, write what
 * they like and name any address; mailing that text from the support address would make the
 * service an open relay. So a visitor's transcript goes only to an address the visitor has proven:
 * the email of its identity-verified contact, or an address whose confirmation link was followed.
 * The confirmation mail holds no visitor text at all. Visitors are limited per conversation, and
 * confirmation mails per address and window.
 */
public final class VisitorTranscripts {
    static final String RULE_PER_CONVERSATION = "visitor-transcript-requests-per-conversation";
    static final String RULE_PER_ADDRESS = "confirmation-mails-per-address";

    /** A request as recorded, and the confirmation token to mail for it (never stored). */
    record Recorded(TranscriptRequest request, Optional<String> confirmationToken) {}

    private final ConversationWork work;
    private final TranscriptRequestsPort requests;
    private final ContactDirectory contacts;
    private final ChannelsPort channels;
    private final ConfirmationMailer mailer;
    private final ConfirmationLinks links;
    private final VisitorTranscriptLimits limits;
    private final Clock clock;

    public VisitorTranscripts(
            ConversationWork work,
            TranscriptRequestsPort requests,
            ContactDirectory contacts,
            ChannelsPort channels,
            ConfirmationMailer mailer,
            ConfirmationLinks links,
            VisitorTranscriptLimits limits,
            Clock clock) {
        this.work = work;
        this.requests = requests;
        this.contacts = contacts;
        this.channels = channels;
        this.mailer = mailer;
        this.links = links;
        this.limits = limits;
        this.clock = clock;
    }

    /** Within the caller's unit of work, with the conversation locked: the limits, then the request. */
    Recorded request(
            TranscriptRequestId id,
            ConversationState conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            Actor by,
            Instant now) {
        long earlier = requests.of(conversation.id()).stream()
                .filter(TranscriptRequest::byVisitor)
                .count();
        if (earlier >= limits.requestsPerConversation())
            throw new LimitExceededException(
                    RULE_PER_CONVERSATION,
                    "The visitor of conversation " + conversation.id() + " has asked for its transcript " + earlier
                            + " times, the most a visitor may (" + limits.requestsPerConversation()
                            + "); an operator can still send it");
        if (provenAddress(conversation).filter(own -> key(own).equals(key(to))).isPresent())
            return new Recorded(TranscriptRequest.pending(id, conversation.id(), to, key, by, now), Optional.empty());
        int mailed = requests.confirmationsTo(to, now.minus(limits.addressWindow()));
        if (mailed >= limits.confirmationsPerAddress())
            throw new LimitExceededException(
                    RULE_PER_ADDRESS,
                    "The address " + to + " was sent " + mailed + " confirmation mails in the last "
                            + limits.addressWindow().toMinutes() + " minutes, the most it may get; try again later");
        String token = TokenHash.newToken();
        Confirmation confirmation = new Confirmation(TokenHash.of(token).value(), now.plus(limits.linkValidity()));
        return new Recorded(
                TranscriptRequest.awaitingConfirmation(id, conversation.id(), to, key, by, now, confirmation),
                Optional.of(token));
    }

    /**
     * After the commit: mails the link, once, while the visitor waits (the token exists only here).
     * If the mail cannot go, the request is FAILED with the reason; the visitor may ask again.
     */
    TranscriptRequest mailConfirmation(Recorded recorded) {
        TranscriptRequest request = recorded.request();
        if (recorded.confirmationToken().isEmpty()) return request;
        ConversationState conversation = work.load(request.conversation()).state();
        String service = channels.find(conversation.opening().channel())
                .map(c -> c.name())
                .orElse("Live chat");
        try {
            mailer.sendConfirmation(new TranscriptConfirmation(
                    request.to(),
                    links.linkFor(recorded.confirmationToken().get()),
                    service,
                    request.confirmation().get().expiresAt()));
            return request;
        } catch (TranscriptDeliveryException e) {
            TranscriptRequest failed = request.failed(
                    "the confirmation mail could not be sent: " + e.getMessage(),
                    true,
                    RetrySchedule.byDefault(),
                    clock.instant());
            requests.update(failed);
            work.change(
                    request.conversation(),
                    c -> c.recordTranscript(
                            request.id(), TranscriptState.FAILED, failed.lastError(), Actor.system(), clock.instant()));
            return failed;
        }
    }

    /** The email of the conversation's contact: linked only with a verified hash, so the visitor has proven it. */
    private Optional<EmailAddress> provenAddress(ConversationState conversation) {
        return conversation
                .opening()
                .visitor()
                .contact()
                .flatMap(contacts::find)
                .flatMap(c -> c.email());
    }

    private static String key(EmailAddress address) {
        return address.value().toLowerCase(Locale.ROOT);
    }
}
