package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Positions that commit out of order are delivered late rather than never; a rolled-back one is given up. */
class EventCursorTest {
    static final long SECOND = 1_000_000_000L;

    static EventRecord at(long position) {
        return new EventRecord(
                position,
                EventType.MESSAGE_POSTED,
                ConversationId.of("c1"),
                ChannelId.of("web"),
                position,
                Instant.EPOCH,
                true,
                Map.of());
    }

    static List<EventRecord> read(long... positions) {
        return Arrays.stream(positions).mapToObj(EventCursorTest::at).toList();
    }

    static List<Long> positions(List<EventRecord> records) {
        return records.stream().map(EventRecord::position).toList();
    }

    @Test
    void contiguousEventsMoveTheCursorOn() {
        EventCursor cursor = new EventCursor(0, Duration.ofSeconds(5));
        assertThat(positions(cursor.accept(read(1, 2, 3), 0))).containsExactly(1L, 2L, 3L);
        assertThat(cursor.position()).isEqualTo(3);
        assertThat(cursor.gaps()).isZero();
    }

    @Test
    void aLateCommitIsDeliveredWhenItAppearsAndNothingTwice() {
        EventCursor cursor = new EventCursor(0, Duration.ofSeconds(5));
        assertThat(positions(cursor.accept(read(1, 2, 4, 5), 0))).containsExactly(1L, 2L, 4L, 5L);
        assertThat(cursor.position())
                .as("held at the gap, so the next read covers 3")
                .isEqualTo(2);
        assertThat(cursor.gaps()).isEqualTo(1);

        assertThat(positions(cursor.accept(read(4, 5), SECOND))).isEmpty();
        assertThat(positions(cursor.accept(read(3, 4, 5, 6), 2 * SECOND))).containsExactly(3L, 6L);
        assertThat(cursor.position()).isEqualTo(6);
        assertThat(cursor.gaps()).isZero();
    }

    @Test
    void aPositionMissingLongerThanTheTimeoutIsGivenUp() {
        EventCursor cursor = new EventCursor(10, Duration.ofSeconds(5));
        cursor.accept(read(12, 13), 0);
        assertThat(cursor.position()).isEqualTo(10);
        cursor.accept(read(12, 13), 4 * SECOND);
        assertThat(cursor.position()).isEqualTo(10);
        cursor.accept(read(12, 13), 5 * SECOND);
        assertThat(cursor.position()).isEqualTo(13);
        assertThat(cursor.gaps()).isZero();
        assertThat(positions(cursor.accept(read(11, 14), 6 * SECOND)))
                .as("given up means given up")
                .containsExactly(14L);
    }

    @Test
    void aFarJumpGivesUpTheOldestGapsAtOnce() {
        EventCursor cursor = new EventCursor(0, Duration.ofSeconds(5));
        cursor.accept(read(1, 50_000), 0);
        assertThat(cursor.gaps()).isLessThanOrEqualTo(EventCursor.MAX_GAPS);
        assertThat(cursor.position()).isGreaterThanOrEqualTo(50_000 - EventCursor.MAX_GAPS - 1);
    }
}
