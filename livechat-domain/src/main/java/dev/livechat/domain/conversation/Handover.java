package dev.livechat.domain.conversation;

import static dev.livechat.domain.conversation.Participant.Entry.ASSIGNED;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.operator.Operator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hand-on of an unanswered conversation ({@link Conversation#handOnIfUnansweredSince}): when
 * it is due, and the state after it. The silent operators leave, the chosen one is assigned, the
 * reason comes first in the trace, and the visitor's wait starts again for the new operator.
 */
final class Handover {
    /** The cause in the status history, when the status changes with it. */
    static final String CAUSE = "handed on: no first reply";

    private Handover() {}

    /** Open, an operator present, the visitor waiting since the cutoff or longer, and {@code next} not one of them. */
    static boolean due(ConversationState state, Instant cutoff, Operator next) {
        return !state.closed()
                && state.replyWait().unansweredSince(cutoff)
                && state.participants().anyPresent()
                && !state.participants().takesPart(next.id());
    }

    static ConversationState handedOn(ConversationState state, Operator next, Assignment chosen, Instant at) {
        if (!chosen.operator().equals(Optional.of(next.id())))
            throw new IllegalArgumentException("the operator must be the one the assignment chose");
        List<Participant> silent = state.participants().present();
        String why = reason(silent, state.replyWait().since().orElseThrow(), at);
        Participants after = state.participants();
        for (Participant p : silent) after = after.leave(p.id(), at);
        return state.withParticipants(after.enter(next, ASSIGNED, at))
                .withAssignment(traced(chosen, why))
                .withMessages(state.messages().waiting(state.replyWait().handedOver(at)));
    }

    private static String reason(List<Participant> silent, Instant waitingSince, Instant at) {
        String names = silent.stream().map(Participant::name).collect(Collectors.joining(", "));
        long seconds = Duration.between(waitingSince, at).toSeconds();
        return "handed on: " + names + " did not answer the visitor for " + seconds + " s";
    }

    /** The policy's trace of the new choice, after the reason it was asked for. */
    private static Assignment traced(Assignment chosen, String why) {
        List<String> trace = new ArrayList<>(chosen.trace().size() + 1);
        trace.add(why);
        trace.addAll(chosen.trace());
        return new Assignment(chosen.operator(), chosen.rule(), trace);
    }
}
