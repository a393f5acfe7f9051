package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;

/** A command that names only who acts on which conversation (join, close, read the panel …). */
public record ConversationCommand(Caller caller, ConversationId conversation) {
    public ConversationCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
    }
}
