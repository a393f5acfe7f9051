package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.transcript.IdempotencyKey;
import java.util.Optional;

public record RequestTranscriptCommand(
        Caller caller, ConversationId conversation, EmailAddress to, Optional<IdempotencyKey> idempotencyKey) {
    public RequestTranscriptCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("email", to);
        Require.present("Idempotency-Key", idempotencyKey);
    }
}
