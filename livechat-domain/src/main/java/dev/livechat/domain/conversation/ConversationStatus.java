package dev.livechat.domain.conversation;

/** The status of an open conversation. A closed conversation has none (it has an {@link Outcome}). */
public enum ConversationStatus {
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    LOOKING_FOR_HELP
}
