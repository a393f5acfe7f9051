package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;

public record PostCannedResponseCommand(Caller caller, ConversationId conversation, Shortcut shortcut) {
    public PostCannedResponseCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("cannedResponse", shortcut);
    }
}
