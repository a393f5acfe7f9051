package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/** The new conversation and the visitor's token for it, shown this once. */
public record StartedConversation(ConversationState conversation, String visitorToken) {}
