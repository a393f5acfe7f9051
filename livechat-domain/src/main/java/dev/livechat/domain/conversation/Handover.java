package dev.livechat.domain.conversation;

import dev.livechat.domain.assignment.Assignment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of a hand-on of an unanswered conversation: in the status history and first in the trace. */
final class Handover {
    private Handover() {}

    static String unanswered(List<Participant> silent, Instant waitingSince, Instant at) {
        String names = silent.stream().map(Participant::name).collect(Collectors.joining(", "));
        long seconds = Duration.between(waitingSince, at).toSeconds();
        return "handed on: " + names + " did not answer the visitor for " + seconds + " s";
    }

    /** The policy's trace of the new choice, after the reason it was asked for. */
    static Assignment traced(Assignment chosen, String why) {
        List<String> trace = new ArrayList<>(chosen.trace().size() + 1);
        trace.add(why);
        trace.addAll(chosen.trace());
        return new Assignment(chosen.operator(), chosen.rule(), trace);
    }
}
