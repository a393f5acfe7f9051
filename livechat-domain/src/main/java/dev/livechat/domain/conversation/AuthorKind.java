package dev.livechat.domain.conversation;

/** Who wrote a message. SYSTEM messages ("Ana joined the conversation") are meant for the visitor too. */
public enum AuthorKind {
    VISITOR,
    OPERATOR,
    BOT,
    SYSTEM
}
