package dev.livechat.domain.channel;

import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.hours.Availability;
import java.time.Instant;
import java.util.Optional;

/** A start refused: the channel is outside its business hours, or it has no operator and says so. */
public final class ChannelClosedException extends StateConflictException {
    private final ChannelId channel;
    private final Optional<Instant> nextOpening;

    public ChannelClosedException(ChannelId channel, Availability availability) {
        super(message(channel, availability));
        this.channel = channel;
        this.nextOpening = availability.nextOpening();
    }

    private static String message(ChannelId channel, Availability availability) {
        if (!availability.open())
            return "Channel " + channel + " is closed"
                    + availability
                            .nextOpening()
                            .map(at -> "; it opens at " + at)
                            .orElse("")
                    + "; leave an offline message instead";
        return "No operator of channel " + channel + " is available; leave an offline message instead";
    }

    public ChannelId channel() {
        return channel;
    }

    public Optional<Instant> nextOpening() {
        return nextOpening;
    }
}
