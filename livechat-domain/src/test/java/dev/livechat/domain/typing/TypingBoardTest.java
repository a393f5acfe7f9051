package dev.livechat.domain.typing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks.Side;
import dev.livechat.domain.operator.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The two rules of typing notices, with time passed in: one per second per author, and the 6 s lapse. */
class TypingBoardTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final ConversationId C = ConversationId.of("c1");
    final TypingBoard board = new TypingBoard();

    static TypingNotice visitor(boolean typing, long millis) {
        return new TypingNotice(
                C, ChannelId.of("web"), Side.VISITOR, Actor.visitor("Claire"), typing, T0.plusMillis(millis));
    }

    static TypingNotice ana(boolean typing, long millis) {
        return new TypingNotice(
                C,
                ChannelId.of("web"),
                Side.OPERATOR,
                Actor.user(UserId.of("u1"), "Ana"),
                typing,
                T0.plusMillis(millis));
    }

    @Test
    void renewalsWithinASecondAreAbsorbedAndTheNextSecondSendsAgain() {
        assertThat(board.accept(visitor(true, 0))).isPresent();
        assertThat(board.accept(visitor(true, 400))).isEmpty();
        assertThat(board.accept(visitor(true, 999))).isEmpty();
        assertThat(board.accept(visitor(true, 1_000)))
                .hasValueSatisfying(n -> assertThat(n.at()).isEqualTo(T0.plusMillis(1_000)));
    }

    @Test
    void eachAuthorHasASecondOfItsOwn() {
        assertThat(board.accept(visitor(true, 0))).isPresent();
        assertThat(board.accept(ana(true, 10))).isPresent();
        assertThat(board.accept(ana(true, 20))).isEmpty();
    }

    @Test
    void aStopWithinTheSecondIsHeldAndSentByTheSweepOnceTheSecondIsOver() {
        board.accept(visitor(true, 0));
        assertThat(board.accept(visitor(false, 300))).isEmpty();

        assertThat(board.sweep(T0.plusMillis(900)).heldStops()).isEmpty();
        TypingBoard.Sweep sweep = board.sweep(T0.plusMillis(1_000));

        assertThat(sweep.heldStops()).singleElement().satisfies(n -> {
            assertThat(n.typing()).isFalse();
            assertThat(n.author().name()).isEqualTo("Claire");
        });
        assertThat(sweep.lapsed()).isEmpty();
        assertThat(board.sweep(T0.plusMillis(1_500)).heldStops()).isEmpty();
    }

    @Test
    void typingAgainBeforeTheHeldStopIsSentCancelsIt() {
        board.accept(visitor(true, 0));
        board.accept(visitor(false, 300));
        board.accept(visitor(true, 600));

        assertThat(board.sweep(T0.plusMillis(1_200)).heldStops()).isEmpty();
        assertThat(board.typing(visitor(true, 0))).isTrue();
    }

    @Test
    void typingLapsesSixSecondsAfterTheLastRenewalEvenAnAbsorbedOne() {
        board.accept(visitor(true, 0));
        board.accept(visitor(true, 500)); // absorbed, but keeps it alive until 6.5 s

        assertThat(board.sweep(T0.plusMillis(6_000)).lapsed()).isEmpty();
        TypingBoard.Sweep sweep = board.sweep(T0.plusMillis(6_500));

        assertThat(sweep.lapsed()).singleElement().satisfies(n -> {
            assertThat(n.typing()).isFalse();
            assertThat(n.at()).isEqualTo(T0.plusMillis(6_500));
        });
        assertThat(board.sweep(T0.plusMillis(7_000)).lapsed()).isEmpty();
    }

    @Test
    void aStopOfSomeoneNotTypingTellsNothing() {
        assertThat(board.accept(visitor(false, 0))).isEmpty();
        board.accept(visitor(true, 1_000));
        assertThat(board.accept(visitor(false, 2_500))).isPresent();
        assertThat(board.accept(visitor(false, 4_000))).isEmpty();
    }

    @Test
    void aNoticeFromAnotherInstanceCountsForTheSecondAndForTheLapse() {
        board.observe(visitor(true, 0));

        assertThat(board.accept(visitor(true, 500))).isEmpty();
        assertThat(board.sweep(T0.plus(TypingNotice.LIFETIME)).lapsed()).isEmpty(); // renewed at 0.5 s
        assertThat(board.sweep(T0.plusMillis(6_500)).lapsed()).hasSize(1);
    }

    @Test
    void authorsWhoStoppedAreForgotten() {
        board.accept(visitor(true, 0));
        board.accept(ana(true, 0));
        board.sweep(T0.plus(Duration.ofSeconds(6)));
        board.sweep(T0.plus(Duration.ofSeconds(8)));

        assertThat(board.size()).isZero();
    }
}
