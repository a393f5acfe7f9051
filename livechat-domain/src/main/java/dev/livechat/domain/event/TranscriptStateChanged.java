package dev.livechat.domain.event;

import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.util.Optional;

/** A transcript request was recorded, sent, or given up. */
public record TranscriptStateChanged(
        EventHeader header, TranscriptRequestId request, TranscriptState state, Optional<String> detail)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.TRANSCRIPT_STATE_CHANGED;
    }
}
