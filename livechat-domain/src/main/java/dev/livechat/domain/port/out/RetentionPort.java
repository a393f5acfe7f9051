package dev.livechat.domain.port.out;

import java.time.Instant;

/**
 * Erases the text of conversations closed long ago, a bounded batch at a time. Each conversation
 * is erased once, even with several instances erasing at the same time; the facts the reports
 * count (outcome, times, message counts) are kept.
 */
public interface RetentionPort {
    /**
     * Replaces the message bodies (and attachments) of at most {@code max} conversations closed
     * before the cutoff and not erased yet with {@link dev.livechat.domain.privacy.Erased#TEXT},
     * oldest close first, in one transaction. Answers how many conversations it erased; fewer than
     * {@code max} means none is left (or another instance took them). {@code now} is recorded as
     * the time of the erasure.
     */
    int eraseConversationsClosedBefore(Instant cutoff, Instant now, int max);
}
