package dev.livechat.domain.port.out;

import dev.livechat.domain.event.EventRecord;
import java.util.List;

/**
 * Tells subscribers about events that were stored. Called after the save that stored them; a
 * publisher that fails loses nothing, since subscribers resume from the stored events.
 */
public interface PublishEventsPort {
    void publish(List<EventRecord> events);
}
