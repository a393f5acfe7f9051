package dev.livechat.domain.conversation;

import dev.livechat.domain.error.StateConflictException;
import java.util.Optional;

/**
 * A join of a conversation that is not looking for help (any more). When someone else joined
 * first, {@link #joinedBy()} says who.
 */
public final class JoinRefusedException extends StateConflictException {
    private final ConversationId conversation;
    private final Optional<Participant> joinedBy;

    public JoinRefusedException(ConversationId conversation, String state, Optional<Participant> joinedBy) {
        super("Conversation " + conversation + " is not looking for help"
                + joinedBy.map(p -> ": " + p.name() + " joined first").orElse("")
                + ". Current status: " + state);
        this.conversation = conversation;
        this.joinedBy = joinedBy;
    }

    /** The refusal of a join of this conversation, with who won if someone joined since it asked for help. */
    static JoinRefusedException of(ConversationState refusing) {
        return new JoinRefusedException(
                refusing.id(),
                refusing.status().map(Enum::name).orElse("CLOSED"),
                refusing.lifecycle().helpRequestedAt().flatMap(refusing.participants()::joinedSince));
    }

    public ConversationId conversation() {
        return conversation;
    }

    public Optional<Participant> joinedBy() {
        return joinedBy;
    }
}
