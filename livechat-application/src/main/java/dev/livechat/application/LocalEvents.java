package dev.livechat.application;

import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.PublishEventsPort;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The publisher of this process: events are already stored when it is called, so all it does is
 * wake the event stream's poller, for subscribers of this instance to get them at once. Other
 * instances find them when they next poll the event table.
 */
final class LocalEvents implements PublishEventsPort {
    private final AtomicReference<Runnable> wake = new AtomicReference<>(() -> {});

    void onPublish(Runnable action) {
        wake.set(action);
    }

    @Override
    public void publish(List<EventRecord> events) {
        if (!events.isEmpty()) wake.get().run();
    }
}
