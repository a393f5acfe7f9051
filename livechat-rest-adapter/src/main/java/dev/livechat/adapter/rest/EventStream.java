package dev.livechat.adapter.rest;

import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.in.ListParticipationsUseCase;
import dev.livechat.domain.port.out.ReadEventsPort;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/events}: Server-Sent Events for a user or visitor token. The request goes
 * asynchronous at once (it holds no server thread while open). With a {@code Last-Event-ID}
 * header, the stored events after it are replayed first, up to where live delivery started, with
 * back-pressure; then the live ones follow.
 */
final class EventStream {
    /** How long a replay waits for a slow client to take its backlog before dropping it. */
    static final long REPLAY_PATIENCE_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final Authenticator auth;
    private final EventHub hub;
    private final ReadEventsPort events;

    private final Cors cors;
    private final ListParticipationsUseCase participations;

    EventStream(
            Authenticator auth,
            EventHub hub,
            ReadEventsPort events,
            Cors cors,
            ListParticipationsUseCase participations) {
        this.cors = cors;
        this.participations = participations;
        this.auth = auth;
        this.hub = hub;
        this.events = events;
    }

    void handle(Context ctx) {
        // an operator follows, from the first event on, every conversation it takes part in
        Audience audience = Audience.of(auth.require(ctx), participations);
        if (audience instanceof Audience.VisitorAudience visitor) cors.forConversation(ctx, visitor.conversation());
        OptionalLong lastEventId = lastEventId(ctx);
        ctx.future(() -> open(ctx, audience, lastEventId));
    }

    /**
     * HEAD: what GET would answer (the caller, its right to the stream and Last-Event-ID checked),
     * without opening a stream.
     */
    void head(Context ctx) {
        Audience.of(auth.require(ctx)); // a USER without live chat access: 403, as for GET
        lastEventId(ctx);
        ctx.status(200).contentType(SseFrames.CONTENT_TYPE);
    }

    /** Runs once the request is asynchronous; a refusal here (503) is still an ordinary answer. */
    private CompletableFuture<Void> open(Context ctx, Audience audience, OptionalLong lastEventId) {
        SseConnection connection = new SseConnection(EventHub.CAPACITY);
        Subscriber subscriber = hub.subscribe(audience, connection);
        connection.done().whenComplete((ended, failure) -> hub.unsubscribe(subscriber));
        try {
            connection.start(ctx.req(), ctx.res());
            if (lastEventId.isPresent()) replay(subscriber, connection, lastEventId.getAsLong());
            subscriber.goLive();
        } catch (IOException | RuntimeException e) {
            LOG.warn("An event stream failed to start", e); // the client reconnects and resumes
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.close();
        }
        return connection.done();
    }

    /** The stored events after the client's last one, up to where live delivery took over. */
    private void replay(Subscriber subscriber, SseConnection connection, long after) throws InterruptedException {
        long from = after;
        while (from < subscriber.startPosition() && !connection.closed()) {
            List<EventRecord> batch = events.after(from, EventHub.BATCH);
            for (EventRecord event : batch) {
                if (event.position() > subscriber.startPosition()) return;
                subscriber.replay(event);
                if (connection.backlog() > EventHub.CAPACITY / 2
                        && !connection.awaitBacklogAtMost(EventHub.CAPACITY / 4, REPLAY_PATIENCE_MILLIS)) {
                    connection.close();
                    return;
                }
            }
            if (batch.size() < EventHub.BATCH) return;
            from = batch.get(batch.size() - 1).position();
        }
    }

    private static OptionalLong lastEventId(Context ctx) {
        String raw = ctx.header("Last-Event-ID");
        if (raw == null || raw.isBlank()) return OptionalLong.empty();
        return OptionalLong.of(Input.one("Last-Event-ID", raw, Input::nonNegative));
    }
}
