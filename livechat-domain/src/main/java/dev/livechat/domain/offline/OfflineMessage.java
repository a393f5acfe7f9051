package dev.livechat.domain.offline;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.transcript.RetrySchedule;
import java.time.Instant;
import java.util.Optional;

/**
 * What a visitor left while a channel was closed: who (a name and an address to answer), the text,
 * when; whether an operator handled it; and its mail to the channel's address (an outbox entry,
 * sent at most once, retried while the mail server is down).
 *
 * <p>NEW → HANDLED, once, by a live chat user; the mail goes its own way meanwhile.
 */
public record OfflineMessage(
        OfflineMessageId id,
        ChannelId channel,
        String name,
        EmailAddress email,
        String text,
        Instant receivedAt,
        Optional<Handling> handling,
        OfflineMail mail) {
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 5_000;

    public OfflineMessage {
        Require.present("id", id);
        Require.present("channelId", channel);
        name = Require.text("name", name, MAX_NAME);
        Require.that(name.chars().noneMatch(Character::isISOControl), "name", "must not contain control characters");
        Require.present("email", email);
        text = Require.text("message", text, MAX_TEXT);
        Require.present("receivedAt", receivedAt);
        Require.present("handling", handling);
        Require.present("mail", mail);
    }

    /** A new message, its mail due at once to the channel's address (if it has one). */
    public static OfflineMessage received(
            OfflineMessageId id,
            ChannelId channel,
            String name,
            EmailAddress email,
            String text,
            Optional<EmailAddress> channelAddress,
            Instant at) {
        return new OfflineMessage(
                id, channel, name, email, text, at, Optional.empty(), OfflineMail.due(channelAddress, at));
    }

    public OfflineMessageState state() {
        return handling.isPresent() ? OfflineMessageState.HANDLED : OfflineMessageState.NEW;
    }

    /** Marked handled by an operator; refused, naming who, when someone did it first. */
    public OfflineMessage handledBy(Operator operator, Instant at) {
        handling.ifPresent(h -> {
            throw new StateConflictException(
                    "Offline message " + id + " was handled already, by " + h.byName() + " at " + h.at());
        });
        return new OfflineMessage(
                id,
                channel,
                name,
                email,
                text,
                receivedAt,
                Optional.of(new Handling(operator.id(), operator.name(), at)),
                mail);
    }

    public OfflineMessage mailSent(Instant at) {
        return withMail(mail.sent(at));
    }

    public OfflineMessage mailFailed(String error, boolean permanent, RetrySchedule schedule, Instant at) {
        return withMail(mail.failed(error, permanent, schedule, at));
    }

    private OfflineMessage withMail(OfflineMail next) {
        return new OfflineMessage(id, channel, name, email, text, receivedAt, handling, next);
    }
}
