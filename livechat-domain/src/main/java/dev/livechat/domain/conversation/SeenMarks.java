package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;

/**
 * How far each side has read: the highest message sequence number the visitor, and any operator
 * taking part, said they have seen (0: nothing yet). Marks only move forward: a late or repeated
 * report of an older number changes nothing.
 */
public record SeenMarks(long visitor, long operator) {
    public static final SeenMarks NONE = new SeenMarks(0, 0);

    public SeenMarks {
        Require.that(visitor >= 0, "visitorSeenSeq", "must not be negative");
        Require.that(operator >= 0, "operatorSeenSeq", "must not be negative");
    }

    public long of(Side side) {
        return side == Side.VISITOR ? visitor : operator;
    }

    /** These marks with the side's moved to {@code seq}; the same marks when that would not move it forward. */
    SeenMarks advanced(Side side, long seq) {
        if (seq <= of(side)) return this;
        return side == Side.VISITOR ? new SeenMarks(seq, operator) : new SeenMarks(visitor, seq);
    }

    /** The two sides of a conversation: whoever reads, the other side is who wrote. */
    public enum Side {
        VISITOR,
        OPERATOR;

        public Side other() {
            return this == VISITOR ? OPERATOR : VISITOR;
        }
    }
}
