package dev.livechat.application;

import dev.livechat.domain.LiveChat;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's background work: the mail worker (transcripts and offline messages, the two
 * outboxes), the inactivity closer, the hand-on of unanswered conversations, the retention period
 * (when set; each batch claims its conversations, so instances never erase one twice), the pruning
 * of done webhook deliveries (by key, so instances never delete one twice), and the
 * assignment of waiting conversations (also triggered by presence changes and closes; the periodic pass
 * catches what another instance freed). Each instance runs its own; claims and optimistic locking
 * keep them from doing the same work twice.
 */
final class Workers {
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final LiveChat chat;
    private final Duration inactivityTimeout;
    /** Idle, no worker reads the database more often than this; a wake-up runs one at once. */
    static final Duration IDLE_PERIOD = Duration.ofSeconds(5);

    private final Wakeable transcripts;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "livechat-worker");
        thread.setDaemon(true);
        return thread;
    });

    /** How often conversations whose visitor waits too long for a first reply are looked for. */
    static final Duration HAND_ON_PERIOD = IDLE_PERIOD;

    /** How often events older than the resume window are forgotten. */
    static final Duration EVENT_PRUNING = Duration.ofMinutes(10);

    /**
     * How often the storage is asked whether to give unused file space back (the embedded database;
     * a no-op elsewhere): a pass every 10 s, or every second while the file is behind
     * (JpaStorage.compactWhenDue). Transactions wait while a step of a pass runs.
     */
    static final Duration COMPACTION = Duration.ofSeconds(1);

    /**
     * How often bytes no attachment names are looked for (what a process killed between storing an
     * upload and committing its message left), and how old they must be: far older than any upload
     * in flight.
     */
    static final Duration ORPHAN_SWEEP = Duration.ofMinutes(30);

    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    /**
     * How often held typing stops and lapsed "typing" are sent: a stop arrives at most this late
     * after its second is over (docs/rest-api.md, "Typing and seen"). Memory only, no database.
     */
    static final Duration TYPING_SWEEP = Duration.ofMillis(250);

    /**
     * How often the retention period is applied (when LIVECHAT_RETENTION_DAYS is set): a day's
     * closes are a few batches, and text a few minutes past its period is no different.
     */
    static final Duration RETENTION = Duration.ofMinutes(10);

    /** How often webhook deliveries done longer ago than LIVECHAT_WEBHOOK_DELIVERY_RETENTION are deleted. */
    static final Duration DELIVERY_PRUNING = EVENT_PRUNING;

    private final Runnable pruneEvents;
    private final Runnable pruneDeliveries;
    private final Runnable compact;
    private final Optional<Runnable> retention;

    /**
     * @param pruneEvents forgets the event log past its resume window
     * @param pruneDeliveries deletes the webhook deliveries done longer ago than their period
     * @param retention erases the text of conversations past the retention period, if one is set
     */
    Workers(
            LiveChat chat,
            Duration inactivityTimeout,
            Runnable pruneEvents,
            Runnable pruneDeliveries,
            Runnable compact,
            Optional<Runnable> retention) {
        this.chat = chat;
        this.inactivityTimeout = inactivityTimeout;
        this.pruneEvents = pruneEvents;
        this.pruneDeliveries = pruneDeliveries;
        this.compact = compact;
        this.retention = retention;
        this.transcripts = new Wakeable("livechat-transcripts", IDLE_PERIOD, () -> {
            run("transcript delivery", () -> chat.deliverTranscripts().deliverDue(50));
            run("offline message delivery", () -> chat.deliverOfflineMessages().deliverDue(50));
        });
    }

    /**
     * A transcript was requested (here or, on PostgreSQL, through another instance) or an offline
     * message left here: deliver it now.
     */
    void wakeTranscripts() {
        transcripts.wake();
    }

    void start() {
        transcripts.start();
        every(
                Duration.ofSeconds(5),
                "assignment of waiting conversations",
                () -> chat.assignWaiting().assignWaiting());
        // a hand-on comes at most this late after its timeout (10 s at the least)
        every(
                HAND_ON_PERIOD,
                "hand-on of unanswered conversations",
                () -> chat.handOnUnanswered().handOnUnanswered());
        Duration closerPeriod = inactivityTimeout.dividedBy(10).compareTo(Duration.ofSeconds(30)) < 0
                ? Duration.ofSeconds(Math.max(1, inactivityTimeout.dividedBy(10).toSeconds()))
                : Duration.ofSeconds(30);
        every(closerPeriod, "inactivity closer", () -> chat.closeInactive().closeInactive(inactivityTimeout));
        every(TYPING_SWEEP, "typing sweep", () -> chat.typing().sweepTyping());
        every(EVENT_PRUNING, "event log pruning", pruneEvents);
        every(DELIVERY_PRUNING, "webhook delivery pruning", pruneDeliveries);
        retention.ifPresent(erase -> every(RETENTION, "retention", erase));
        every(COMPACTION, "storage compaction", compact);
        every(
                ORPHAN_SWEEP,
                "attachment sweeper",
                () -> chat.attachments().sweepOrphans(java.time.Instant.now().minus(ORPHAN_AGE), 1_000));
    }

    private void every(Duration period, String name, Runnable task) {
        scheduler.scheduleWithFixedDelay(
                () -> run(name, task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void run(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a database outage must not kill the schedule: the next run tries again
            LOG.warn("{} failed: {}", name, e.getMessage());
        }
    }

    /** Lets a running task finish, starts no new one. */
    void stop() {
        transcripts.stop();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) scheduler.shutdownNow();
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
