package dev.livechat.domain.conversation;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.operator.Operator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** At most one present line per operator: the storage counts an operator's ongoing sessions by lines. */
class ParticipantsTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private final Operator ana = operator("u0", "Ana").build();

    @Test
    void anOperatorAlreadyPresentCannotEnterAgain() {
        Participants present = Participants.none().enter(ana, Participant.Entry.ASSIGNED, T0);

        assertThatThrownBy(() -> present.enter(ana, Participant.Entry.JOINED, T0.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("u0");
    }

    @Test
    void anOperatorWhoLeftEntersAgainOnANewLine() {
        Participants back = Participants.none()
                .enter(ana, Participant.Entry.ASSIGNED, T0)
                .leave(ana.id(), T0.plusSeconds(1))
                .enter(ana, Participant.Entry.JOINED, T0.plusSeconds(2));

        assertThat(back.all()).hasSize(2);
        assertThat(back.present()).hasSize(1);
    }
}
