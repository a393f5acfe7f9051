package dev.livechat.application;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A background task that runs when woken, and at least every idle period: work that arrives is
 * done at once, and an idle service does not query the database several times a second.
 *
 * <p>With several threads, a wake-up goes to one idle thread, not to all: a task that finds more
 * work than one run takes wakes another itself ({@link #wake()}), so a backlog is shared while a
 * single stored event costs one run.
 */
final class Wakeable {
    private final Duration idle;
    private final Runnable task;
    /** Shared by the threads: a permit sends one idle thread to run the task. */
    private final Semaphore wakeups = new Semaphore(0);

    private final List<Thread> threads;
    private volatile boolean running = true;

    Wakeable(String name, Duration idle, Runnable task) {
        this(name, 1, idle, task);
    }

    /** {@code threads} threads named {@code name-0}, {@code name-1}…, or {@code name} when one. */
    Wakeable(String name, int threads, Duration idle, Runnable task) {
        this.idle = idle;
        this.task = task;
        this.threads = IntStream.range(0, threads)
                .mapToObj(i -> {
                    Thread thread = new Thread(this::loop, threads == 1 ? name : name + "-" + i);
                    thread.setDaemon(true);
                    return thread;
                })
                .toList();
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /** Runs the task soon on an idle thread; a wake-up still waiting for a thread covers this one. */
    void wake() {
        if (wakeups.availablePermits() == 0) wakeups.release();
    }

    private void loop() {
        while (running) {
            try {
                wakeups.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (running) task.run();
        }
    }

    /** Lets running tasks finish (10 s at most each), starts no new one. */
    void stop() {
        running = false;
        wakeups.release(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
