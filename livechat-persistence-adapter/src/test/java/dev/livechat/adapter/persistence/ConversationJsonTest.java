package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.StatusTransition;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status history is written as arrays since V13, and rows written before as objects still read. */
class ConversationJsonTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456Z");
    static final List<StatusTransition> HISTORY = List.of(
            new StatusTransition(
                    T0,
                    Actor.visitor("Claire"),
                    Optional.empty(),
                    Optional.of(ConversationStatus.IN_PROGRESS),
                    "started"),
            new StatusTransition(
                    T0.plusSeconds(60),
                    Actor.user(UserId.of("u1"), "Ana"),
                    Optional.of(ConversationStatus.IN_PROGRESS),
                    Optional.empty(),
                    "OPERATOR"));

    @Test
    void aStatusHistoryReadsBackAsItWasWrittenWithoutAKeyPerValue() {
        String json = ConversationJson.history(HISTORY);

        assertThat(json)
                .isEqualTo(
                        "[[\"2026-12-01T10:00:00.123456Z\",\"VISITOR\",null,\"Claire\",null,\"IN_PROGRESS\",\"started\"],"
                                + "[\"2026-12-01T10:01:00.123456Z\",\"USER\",\"u1\",\"Ana\",\"IN_PROGRESS\",null,\"OPERATOR\"]]");
        assertThat(ConversationJson.history(json)).isEqualTo(HISTORY);
    }

    @Test
    void aStatusHistoryWrittenBeforeVersionThirteenStillReads() {
        String before = "[{\"at\":\"2026-12-01T10:00:00.123456Z\",\"actorKind\":\"VISITOR\",\"actorId\":null,"
                + "\"actorName\":\"Claire\",\"from\":null,\"to\":\"IN_PROGRESS\",\"cause\":\"started\"},"
                + "{\"at\":\"2026-12-01T10:01:00.123456Z\",\"actorKind\":\"USER\",\"actorId\":\"u1\",\"actorName\":\"Ana\","
                + "\"from\":\"IN_PROGRESS\",\"to\":null,\"cause\":\"OPERATOR\"}]";

        assertThat(ConversationJson.history(before)).isEqualTo(HISTORY);
    }
}
