package dev.livechat.domain.port.out;

import dev.livechat.domain.event.EventRecord;
import java.util.List;

/** The stored event stream, for subscribers that resume where they stopped. */
public interface ReadEventsPort {
    /** Events with a position above {@code afterPosition}, in order, at most {@code limit}. */
    List<EventRecord> after(long afterPosition, int limit);

    /** The position of the newest stored event (0 when none). */
    long lastPosition();
}
