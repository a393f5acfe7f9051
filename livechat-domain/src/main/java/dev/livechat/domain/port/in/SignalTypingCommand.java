package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;

public record SignalTypingCommand(Caller caller, ConversationId conversation, boolean typing) {
    public SignalTypingCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
    }
}
