package dev.livechat.domain.port.in;

import dev.livechat.domain.transcript.TranscriptRequest;
import java.util.List;

/**
 * "Send conversation": records a request (sent later by the worker, at most once per idempotency
 * key) once the conversation is closed; lists a conversation's requests with their state.
 */
public interface RequestTranscriptUseCase {
    TranscriptRequest requestTranscript(RequestTranscriptCommand command);

    List<TranscriptRequest> transcriptRequests(ConversationCommand command);
}
