package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;

public record TransferConversationCommand(Caller caller, ConversationId conversation, UserId to, boolean leave) {
    public TransferConversationCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("operatorId", to);
    }
}
