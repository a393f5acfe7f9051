package dev.livechat.application;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries: a few threads, so that a receiver that takes its full 10 s does
 * not hold up the others; each claims before it sends, as other instances' threads do. Woken when
 * this process stores events; else it looks every {@code idle}.
 */
final class WebhookWorker {
    static final int THREADS = 4;
    private static final int BATCH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final List<Wakeable> threads;

    WebhookWorker(DeliverWebhooksUseCase deliveries, Duration idle) {
        this.threads = IntStream.range(0, THREADS)
                .mapToObj(i -> new Wakeable("livechat-webhooks-" + i, idle, () -> drain(deliveries)))
                .toList();
    }

    private static void drain(DeliverWebhooksUseCase deliveries) {
        try {
            while (deliveries.deliverDue(BATCH) == BATCH) {
                // more may be due: keep going before sleeping
            }
        } catch (RuntimeException e) {
            // a database outage must not kill the thread: the next round tries again
            LOG.warn("webhook delivery failed: {}", e.getMessage());
        }
    }

    void start() {
        threads.forEach(Wakeable::start);
    }

    void wake() {
        threads.forEach(Wakeable::wake);
    }

    void stop() {
        threads.forEach(Wakeable::stop);
    }
}
