package dev.livechat.application;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries: a few threads, so that a receiver that takes its full 10 s does
 * not hold up the others; each claims before it sends, as other instances' threads do. Woken when
 * this process stores events; else each looks every {@code idle}.
 *
 * <p>A stored event wakes one idle thread, not all: four threads each asking the database for due
 * deliveries after every message post were 3.5 % of a post's CPU with no webhook registered. A
 * thread that claims a full batch wakes another, so that a backlog is still sent by every thread.
 */
final class WebhookWorker {
    static final int THREADS = 4;
    private static final int BATCH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliverWebhooksUseCase deliveries;
    private final Wakeable threads;

    WebhookWorker(DeliverWebhooksUseCase deliveries, Duration idle) {
        this.deliveries = deliveries;
        this.threads = new Wakeable("livechat-webhooks", THREADS, idle, this::drain);
    }

    private void drain() {
        try {
            while (deliveries.deliverDue(BATCH) == BATCH) {
                threads.wake(); // more may be due: an idle thread takes a share while this one goes on
            }
        } catch (RuntimeException e) {
            // a database outage must not kill the thread: the next round tries again
            LOG.warn("webhook delivery failed: {}", e.getMessage());
        }
    }

    void start() {
        threads.start();
    }

    void wake() {
        threads.wake();
    }

    void stop() {
        threads.stop();
    }
}
