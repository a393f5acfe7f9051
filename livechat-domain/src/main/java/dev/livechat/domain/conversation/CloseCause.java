package dev.livechat.domain.conversation;

/** Why a conversation was closed. */
public enum CloseCause {
    OPERATOR,
    VISITOR_LEFT,
    INACTIVITY
}
