package dev.livechat.domain.service;

import dev.livechat.domain.port.in.ApplyRetentionUseCase;
import dev.livechat.domain.port.out.RetentionPort;
import dev.livechat.domain.retention.RetentionPeriod;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Applies the retention period: batch after batch, each its own short transaction, so that the
 * pass never holds many rows locked and a restart (or another instance) carries on where it
 * stopped. The cutoff is taken once per pass: conversations that pass it meanwhile wait for the next.
 */
public final class RetentionService implements ApplyRetentionUseCase {
    /** Conversations per transaction. */
    public static final int BATCH = 200;

    private final RetentionPort storage;
    private final RetentionPeriod period;
    private final Clock clock;
    private final int batch;

    public RetentionService(RetentionPort storage, RetentionPeriod period, Clock clock) {
        this(storage, period, clock, BATCH);
    }

    public RetentionService(RetentionPort storage, RetentionPeriod period, Clock clock, int batch) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.period = Objects.requireNonNull(period, "period");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        this.batch = batch;
    }

    @Override
    public long applyRetention() {
        Instant now = clock.instant();
        Instant cutoff = period.cutoff(now);
        long erased = 0;
        int last;
        do {
            last = storage.eraseConversationsClosedBefore(cutoff, now, batch);
            erased += last;
        } while (last == batch);
        return erased;
    }
}
