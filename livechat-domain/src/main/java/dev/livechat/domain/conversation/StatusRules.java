package dev.livechat.domain.conversation;

import static dev.livechat.domain.conversation.ConversationStatus.IN_PROGRESS;
import static dev.livechat.domain.conversation.ConversationStatus.LOOKING_FOR_HELP;
import static dev.livechat.domain.conversation.ConversationStatus.WAITING_FOR_CUSTOMER;

import java.util.Optional;

/**
 * The transition table, in one place (docs/product-rules.md, "Status", rules 1–9). Who may act is the
 * business of {@code ConversationPermissions}; this says only what the status becomes.
 *
 * <pre>
 *                    IN_PROGRESS   WAITING_FOR_CUSTOMER   LOOKING_FOR_HELP   closed
 * visitor message    =             IN_PROGRESS            =                  refused
 * operator message   =             =                      =                  refused
 * mark in progress   =             IN_PROGRESS            IN_PROGRESS        refused
 * mark waiting       WAITING       =                      WAITING            refused
 * ask for help       LOOKING       LOOKING                =                  refused
 * join               refused       refused                IN_PROGRESS        refused
 * transfer           =             IN_PROGRESS            IN_PROGRESS        refused
 * close              closed        closed                 closed             refused
 * </pre>
 *
 * ("=" keeps the status and records no status change.)
 */
public final class StatusRules {
    private StatusRules() {}

    /** The status after the action; empty when the action closes. Refusals are typed exceptions. */
    public static Optional<ConversationStatus> after(
            ConversationId id, Optional<ConversationStatus> current, ConversationAction action) {
        if (current.isEmpty()) throw new ConversationClosedException(id, action);
        ConversationStatus status = current.get();
        return switch (action) {
            case POST_VISITOR_MESSAGE -> Optional.of(status == WAITING_FOR_CUSTOMER ? IN_PROGRESS : status);
            case POST_OPERATOR_MESSAGE -> Optional.of(status);
            case MARK_IN_PROGRESS, TRANSFER -> Optional.of(IN_PROGRESS);
            case MARK_WAITING_FOR_CUSTOMER -> Optional.of(WAITING_FOR_CUSTOMER);
            case ASK_FOR_HELP -> Optional.of(LOOKING_FOR_HELP);
            case JOIN -> {
                if (status != LOOKING_FOR_HELP) throw new JoinRefusedException(id, status.name(), Optional.empty());
                yield Optional.of(IN_PROGRESS);
            }
            case CLOSE -> Optional.empty();
        };
    }
}
