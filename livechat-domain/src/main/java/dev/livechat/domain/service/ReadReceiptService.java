package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.*;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ReadReceipts;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.MarkSeenCommand;
import dev.livechat.domain.port.in.MarkSeenUseCase;
import java.time.Clock;

/**
 * Read receipts go through the conversation's unit of work like a message: they queue on its lock
 * with the other writers and are never refused for concurrency. A receipt that moves nothing
 * records no event and writes nothing.
 */
public final class ReadReceiptService implements MarkSeenUseCase {
    private final ConversationWork work;
    private final Clock clock;

    public ReadReceiptService(ConversationWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public SeenMarks markSeen(MarkSeenCommand command) {
        ConversationState after = work.change(command.conversation(), conversation -> {
            ConversationState state = conversation.state();
            Actor by = visitorOrParticipant(state, command.caller(), "mark messages seen");
            ReadReceipts.markSeen(conversation, sideOf(state, command.caller()), command.seq(), by, clock.instant());
        });
        return after.messages().seen();
    }

    @Override
    public SeenMarks seen(ConversationCommand command) {
        ConversationState state = work.load(command.conversation()).state();
        reader(state, command.caller(), "read the seen marks");
        return state.messages().seen();
    }

    /** The visitor reads as the visitor; anyone else allowed is an operator taking part. */
    static SeenMarks.Side sideOf(ConversationState state, Caller caller) {
        return isVisitorOf(state, caller) ? SeenMarks.Side.VISITOR : SeenMarks.Side.OPERATOR;
    }
}
