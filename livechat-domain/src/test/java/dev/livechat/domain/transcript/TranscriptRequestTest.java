package dev.livechat.domain.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranscriptRequestTest {
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    final TranscriptRequest pending = TranscriptRequest.pending(
            TranscriptRequestId.random(),
            ConversationId.random(),
            EmailAddress.of("marie@example.com"),
            Optional.empty(),
            "Olga",
            AT);

    @Test
    void aFailedTryKeepsItsErrorWhileTheRequestIsStillPending() {
        TranscriptRequest failed = pending.failed("mail server unavailable", false, RetrySchedule.byDefault(), AT);
        assertThat(failed.state()).isEqualTo(TranscriptState.PENDING);
        assertThat(failed.lastError()).contains("mail server unavailable");
    }

    @Test
    void aSentTranscriptShowsNoErrorOfAnEarlierFailedTry() {
        TranscriptRequest sent = pending.failed("mail server unavailable", false, RetrySchedule.byDefault(), AT)
                .sent(AT.plusSeconds(60));
        assertThat(sent.state()).isEqualTo(TranscriptState.SENT);
        assertThat(sent.lastError()).isEmpty();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).contains(AT.plusSeconds(60));
    }
}
