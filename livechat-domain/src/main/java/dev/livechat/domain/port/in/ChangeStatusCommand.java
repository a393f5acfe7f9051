package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.Require;

public record ChangeStatusCommand(Caller caller, ConversationId conversation, ConversationStatus status) {
    public ChangeStatusCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("status", status);
    }
}
