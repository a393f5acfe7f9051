package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The assignment trace, shown in the information panel: the headline (which rule chose whom),
 * notes about the whole decision, how many others were not chosen or passed over and why, grouped
 * by reason, then the few nearest of them by name with their own reason. At most eight lines
 * whatever the number of candidates; a channel small enough to name everyone gets no counts.
 */
final class Trace {
    private final Standings standings;
    private final AssignmentRequest request;
    private final List<String> notes = new ArrayList<>();

    Trace(Standings standings) {
        this.standings = standings;
        this.request = standings.request();
    }

    static String who(Operator operator) {
        return operator.name() + " (" + operator.id() + ")";
    }

    static String sessions(int count) {
        return count + (count == 1 ? " ongoing session" : " ongoing sessions");
    }

    void note(String note) {
        notes.add(note);
    }

    /** Nobody to name but those passed over. */
    List<String> noOneAvailable(String headline) {
        return lines(headline, List.of(), "");
    }

    /** Every other available candidate lost to the visitor's previous operator. */
    List<String> forPrevious(String headline) {
        String reason = "the visitor's previous operator comes first";
        List<String> named = new ArrayList<>();
        Podium podium = standings.podium();
        for (int place = 0; place < podium.size() && named.size() < Standings.NAMED; place++)
            if (podium.member(place) != standings.previousMember())
                named.add(who(podium.candidate(place).operator()) + ": " + reason);
        return lines(headline, named, reason);
    }

    /** The others ranked behind the winner, in place 0 of the podium. */
    List<String> forTier(String headline) {
        Podium podium = standings.podium();
        Candidate winner = podium.candidate(0);
        Tier tier = TierRanking.tier(podium.rank(0));
        List<String> named = new ArrayList<>();
        for (int place = 1; place < podium.size(); place++) {
            Candidate loser = podium.candidate(place);
            Behind step = TierRanking.step(podium.compare(place, 0));
            named.add(who(loser.operator()) + ": " + step.why(request, tier, loser, winner));
        }
        StringJoiner reasons = new StringJoiner(", ");
        for (Behind reason : Behind.values())
            if (standings.behind(reason) > 0) reasons.add(standings.behind(reason) + " " + reason.group(request, tier));
        return lines(headline, named, reasons.toString());
    }

    private List<String> lines(String headline, List<String> namedRunnersUp, String notChosenReasons) {
        List<String> lines = new ArrayList<>();
        lines.add(headline);
        lines.addAll(notes);
        int notChosen = Math.max(0, standings.available() - 1);
        if (notChosen > namedRunnersUp.size()) lines.add(notChosen + " not chosen: " + notChosenReasons);
        List<String> namedPassedOver = namedPassedOver(Standings.NAMED - namedRunnersUp.size());
        if (standings.totalPassedOver() > namedPassedOver.size())
            lines.add(standings.totalPassedOver() + " passed over: " + passedOverReasons());
        lines.addAll(namedRunnersUp);
        lines.addAll(namedPassedOver);
        return lines;
    }

    private List<String> namedPassedOver(int room) {
        List<String> named = new ArrayList<>();
        for (int place = 0; place < standings.namedPassedOver() && place < room; place++) {
            Candidate candidate = standings.passedOver(place);
            Eligibility reason = standings.whyPassedOver(place);
            named.add(who(candidate.operator()) + ": passed over, " + reason.whyNot(request, candidate));
        }
        return named;
    }

    private String passedOverReasons() {
        StringJoiner reasons = new StringJoiner(", ");
        for (Eligibility reason : Eligibility.values())
            if (standings.passedOver(reason) > 0)
                reasons.add(standings.passedOver(reason) + " " + reason.group(request));
        return reasons.toString();
    }
}
