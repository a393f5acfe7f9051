package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.Require;

public record PostMessageCommand(Caller caller, ConversationId conversation, MessageBody body) {
    public PostMessageCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("body", body);
    }
}
