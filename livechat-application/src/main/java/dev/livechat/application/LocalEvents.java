package dev.livechat.application;

import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.port.out.PublishEventsPort;
import java.util.List;
import java.util.function.Consumer;

/**
 * The publisher of this process: events are already stored when it is called, so all it does is
 * wake the event stream's reader, for subscribers of this instance to get them at once, and the
 * transcript worker when a transcript was requested. Other instances learn of them through the
 * database (LISTEN/NOTIFY on PostgreSQL) or their next poll.
 */
final class LocalEvents implements PublishEventsPort {
    private volatile Runnable onAny = () -> {};
    private volatile Runnable onTranscript = () -> {};
    private volatile Consumer<List<EventRecord>> observer = events -> {};

    void onPublish(Runnable any, Runnable transcript) {
        this.onAny = any;
        this.onTranscript = transcript;
    }

    /** Also hands every batch to the observer (the metrics), before waking anyone. */
    void observe(Consumer<List<EventRecord>> observer) {
        this.observer = observer;
    }

    @Override
    public void publish(List<EventRecord> events) {
        if (events.isEmpty()) return;
        observer.accept(events);
        onAny.run();
        if (events.stream().anyMatch(e -> e.type() == EventType.TRANSCRIPT_STATE_CHANGED)) onTranscript.run();
    }
}
