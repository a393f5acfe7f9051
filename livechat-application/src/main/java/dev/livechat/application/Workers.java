package dev.livechat.application;

import dev.livechat.domain.LiveChat;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's background work: the transcript worker, the inactivity closer, and the assignment
 * of waiting conversations (also triggered by presence changes and closes; the periodic pass
 * catches what another instance freed). Each instance runs its own; claims and optimistic locking
 * keep them from doing the same work twice.
 */
final class Workers {
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final LiveChat chat;
    private final Duration inactivityTimeout;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "livechat-worker");
        thread.setDaemon(true);
        return thread;
    });

    Workers(LiveChat chat, Duration inactivityTimeout) {
        this.chat = chat;
        this.inactivityTimeout = inactivityTimeout;
    }

    void start() {
        every(
                Duration.ofSeconds(1),
                "transcript delivery",
                () -> chat.deliverTranscripts().deliverDue(50));
        every(
                Duration.ofSeconds(5),
                "assignment of waiting conversations",
                () -> chat.assignWaiting().assignWaiting());
        Duration closerPeriod = inactivityTimeout.dividedBy(10).compareTo(Duration.ofSeconds(30)) < 0
                ? Duration.ofSeconds(Math.max(1, inactivityTimeout.dividedBy(10).toSeconds()))
                : Duration.ofSeconds(30);
        every(closerPeriod, "inactivity closer", () -> chat.closeInactive().closeInactive(inactivityTimeout));
    }

    private void every(Duration period, String name, Runnable task) {
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        // a database outage must not kill the schedule: the next run tries again
                        LOG.warn("{} failed: {}", name, e.getMessage());
                    }
                },
                period.toMillis(),
                period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Lets a running task finish, starts no new one. */
    void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) scheduler.shutdownNow();
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
