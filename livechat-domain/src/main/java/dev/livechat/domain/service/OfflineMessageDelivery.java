package dev.livechat.domain.service;

import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageMail;
import dev.livechat.domain.port.in.DeliverOfflineMessagesUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.OfflineMessageMailer;
import dev.livechat.domain.port.out.OfflineMessagesPort;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The offline-message worker's step, as {@link TranscriptDelivery}: each mail is claimed before it
 * is sent, so two workers or instances never send the same one; a temporary failure puts it back
 * with backoff, the last marks it FAILED with the error kept.
 */
public final class OfflineMessageDelivery implements DeliverOfflineMessagesUseCase {
    private final OfflineMessagesPort messages;
    private final ChannelsPort channels;
    private final OfflineMessageMailer mailer;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final Clock clock;

    public OfflineMessageDelivery(
            OfflineMessagesPort messages,
            ChannelsPort channels,
            OfflineMessageMailer mailer,
            RetrySchedule schedule,
            Duration lease,
            Clock clock) {
        this.messages = messages;
        this.channels = channels;
        this.mailer = mailer;
        this.schedule = schedule;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        int tried = 0;
        while (tried < max) {
            Optional<OfflineMessage> claimed = messages.claimDue(clock.instant(), lease);
            if (claimed.isEmpty()) break;
            messages.updateMail(deliver(claimed.get()));
            tried++;
        }
        return tried;
    }

    private OfflineMessage deliver(OfflineMessage message) {
        String channelName = channels.find(message.channel())
                .map(c -> c.name())
                .orElse(message.channel().value());
        try {
            mailer.send(
                    new OfflineMessageMail(message, channelName),
                    message.mail().to().orElseThrow());
            return message.mailSent(clock.instant());
        } catch (TranscriptDeliveryException e) {
            return message.mailFailed(e.getMessage(), e.permanent(), schedule, clock.instant());
        } catch (RuntimeException e) {
            // whatever it is, the try counts: escaping would leave the mail claimed until the lease ends
            return message.mailFailed(String.valueOf(e.getMessage()), false, schedule, clock.instant());
        }
    }
}
