package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * The assignment trace as it is written: notes about the whole decision, then one line per
 * candidate that was not chosen. The headline (which rule chose whom) is known last but comes first.
 */
final class Trace {
    private final List<String> notes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    static String who(Operator operator) {
        return operator.name() + " (" + operator.id() + ")";
    }

    static String sessions(int count) {
        return count + (count == 1 ? " ongoing session" : " ongoing sessions");
    }

    void note(String note) {
        notes.add(note);
    }

    void passedOver(Candidate candidate, String reason) {
        lines.add(who(candidate.operator()) + ": passed over, " + reason);
    }

    void lost(Candidate candidate, String reason) {
        lines.add(who(candidate.operator()) + ": " + reason);
    }

    List<String> under(String headline) {
        List<String> all = new ArrayList<>(1 + notes.size() + lines.size());
        all.add(headline);
        all.addAll(notes);
        all.addAll(lines);
        return all;
    }
}
