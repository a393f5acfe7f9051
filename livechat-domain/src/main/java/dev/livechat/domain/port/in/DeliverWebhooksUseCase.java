package dev.livechat.domain.port.in;

import java.time.Duration;

/** The webhook worker's steps: send what is due, forget what was done long ago. */
public interface DeliverWebhooksUseCase {
    /** Claims and tries up to {@code max} due deliveries; returns how many were tried. */
    int deliverDue(int max);

    /**
     * Forgets the deliveries done (delivered, or given up) longer ago than {@code kept}, in bounded
     * batches, until none is left; pending ones stay whatever their age. Answers how many went.
     */
    long pruneDone(Duration kept);
}
