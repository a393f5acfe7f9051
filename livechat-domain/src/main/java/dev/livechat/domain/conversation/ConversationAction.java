package dev.livechat.domain.conversation;

/** Everything that may change a conversation's status; the rows of {@link StatusRules}. */
public enum ConversationAction {
    POST_VISITOR_MESSAGE,
    POST_OPERATOR_MESSAGE,
    MARK_IN_PROGRESS,
    MARK_WAITING_FOR_CUSTOMER,
    ASK_FOR_HELP,
    JOIN,
    TRANSFER,
    CLOSE
}
