package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.tag.TagName;

public record TagCommand(Caller caller, ConversationId conversation, TagName tag) {
    public TagCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("name", tag);
    }
}
