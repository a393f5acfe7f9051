package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.LiveChatException;
import dev.livechat.domain.port.in.DeliverTranscriptsUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.ReadMessagesPort;
import dev.livechat.domain.port.out.TranscriptMailer;
import dev.livechat.domain.port.out.TranscriptRequestsPort;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The transcript worker's step. Each request is claimed before it is sent, so two workers (or two
 * service instances) never send the same one; a temporary failure puts it back with backoff, the
 * last one marks it FAILED with the error kept.
 */
public final class TranscriptDelivery implements DeliverTranscriptsUseCase {
    static final int MAX_MESSAGES = 100_000;
    private static final System.Logger LOG = System.getLogger(TranscriptDelivery.class.getName());

    private final ConversationWork work;
    private final TranscriptRequestsPort requests;
    private final ReadMessagesPort messages;
    private final ChannelsPort channels;
    private final TranscriptMailer mailer;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final Clock clock;

    public TranscriptDelivery(
            ConversationWork work,
            TranscriptRequestsPort requests,
            ReadMessagesPort messages,
            ChannelsPort channels,
            TranscriptMailer mailer,
            RetrySchedule schedule,
            Duration lease,
            Clock clock) {
        this.work = work;
        this.requests = requests;
        this.messages = messages;
        this.channels = channels;
        this.mailer = mailer;
        this.schedule = schedule;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        int handled = 0;
        while (handled < max) {
            Optional<TranscriptRequest> claimed = requests.claimDue(clock.instant(), lease);
            if (claimed.isEmpty()) break;
            deliver(claimed.get());
            handled++;
        }
        return handled;
    }

    private void deliver(TranscriptRequest request) {
        TranscriptRequest after;
        try {
            mailer.send(transcriptOf(work.load(request.conversation()).state()), request.to());
            after = request.sent(clock.instant());
        } catch (TranscriptDeliveryException e) {
            after = request.failed(e.getMessage(), e.permanent(), schedule, clock.instant());
        } catch (LiveChatException e) {
            after = request.failed(e.getMessage(), true, schedule, clock.instant());
        }
        requests.update(after);
        if (after.state() != TranscriptState.PENDING) recordInHistory(after);
    }

    Transcript transcriptOf(ConversationState state) {
        var names = state.participants().all().stream()
                .map(Participant::name)
                .distinct()
                .toList();
        var log = messages.messagesAfter(state.id(), 0, MAX_MESSAGES);
        String channelName =
                channels.find(state.opening().channel()).map(c -> c.name()).orElse("us");
        return new Transcript(
                state.id(),
                state.opening().visitor().name(),
                names.isEmpty() ? java.util.List.of(channelName) : names,
                state.opening().startedAt(),
                state.lifecycle().closedAt().orElse(state.opening().startedAt()),
                state.opening().visitor().zoneOrUtc(),
                log,
                state.rating());
    }

    private void recordInHistory(TranscriptRequest request) {
        try {
            work.change(
                    request.conversation(),
                    c -> c.recordTranscript(
                            request.id(), request.state(), request.lastError(), Actor.system(), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            // the request row holds the state; a lost history line must not resend the mail
            LOG.log(System.Logger.Level.WARNING, "could not record transcript " + request.id() + " in history", e);
        }
    }
}
