package dev.livechat.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A background task that runs when woken, and at least every idle period: work that arrives is
 * done at once, and an idle service does not query the database several times a second.
 */
final class Wakeable {
    private final Duration idle;
    private final Runnable task;
    private final Semaphore wakeups = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    Wakeable(String name, Duration idle, Runnable task) {
        this.idle = idle;
        this.task = task;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void wake() {
        wakeups.release();
    }

    private void loop() {
        while (running) {
            try {
                wakeups.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (running) task.run();
        }
    }

    /** Lets a running task finish (10 s at most), starts no new one. */
    void stop() {
        running = false;
        wakeups.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
