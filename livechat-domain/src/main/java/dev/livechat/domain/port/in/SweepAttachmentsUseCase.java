package dev.livechat.domain.port.in;

import java.time.Instant;

/**
 * Deletes bytes stored before the cutoff that no attachment names: what a process killed between
 * storing the bytes and committing their message left behind. The cutoff must lie further back than
 * any upload lasts (an hour, say), else bytes of an upload still in flight would go.
 */
public interface SweepAttachmentsUseCase {
    /** At most {@code max}; answers how many were deleted. */
    int sweepOrphans(Instant cutoff, int max);
}
