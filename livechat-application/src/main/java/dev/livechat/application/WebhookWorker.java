package dev.livechat.application;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries: a few threads, so that a receiver that takes its full 10 s does
 * not hold up the others; each claims before it sends, as other instances' threads do. Woken when
 * this process stores events; else each looks every {@code idle}.
 *
 * <p>A wake-up goes to one idle thread, not to all: every stored event wakes the worker, and four
 * threads each asking the database for due deliveries after every message post were 3.5 % of a
 * post's CPU with no webhook registered. A thread that claims a full batch wakes another, so that
 * a backlog is still sent by every thread at once.
 */
final class WebhookWorker {
    static final int THREADS = 4;
    private static final int BATCH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliverWebhooksUseCase deliveries;
    private final Duration idle;
    /** Shared by the threads: one permit sends one idle thread to claim what is due. */
    private final Semaphore wakeups = new Semaphore(0);

    private final List<Thread> threads;
    private volatile boolean running = true;

    WebhookWorker(DeliverWebhooksUseCase deliveries, Duration idle) {
        this.deliveries = deliveries;
        this.idle = idle;
        this.threads = IntStream.range(0, THREADS)
                .mapToObj(i -> {
                    Thread thread = new Thread(this::loop, "livechat-webhooks-" + i);
                    thread.setDaemon(true);
                    return thread;
                })
                .toList();
    }

    void start() {
        threads.forEach(Thread::start);
    }

    void wake() {
        // a wake-up already waiting for a thread covers this one: the claim reads the database
        if (wakeups.availablePermits() == 0) wakeups.release();
    }

    /** Lets running sends finish (10 s at most each), starts no new one. */
    void stop() {
        running = false;
        wakeups.release(THREADS);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                wakeups.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (running) drain();
        }
    }

    private void drain() {
        try {
            while (running && deliveries.deliverDue(BATCH) == BATCH) {
                wake(); // more may be due: an idle thread takes a share while this one goes on
            }
        } catch (RuntimeException e) {
            // a database outage must not kill the thread: the next round tries again
            LOG.warn("webhook delivery failed: {}", e.getMessage());
        }
    }
}
