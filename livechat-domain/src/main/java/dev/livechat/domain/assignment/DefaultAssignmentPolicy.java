package dev.livechat.domain.assignment;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assignment rules of SPEC.md ("Operator assignment"), in order:
 *
 * <ol>
 *   <li>candidates are the channel's members with live chat access who are ONLINE or BUSY and
 *       below the channel's cap;
 *   <li>none left: no one is available;
 *   <li>the visitor's previous operator, if a candidate with fewer than 2 ongoing sessions;
 *   <li>otherwise the first non-empty tier: language ∧ all expertise, language ∧ some expertise,
 *       language, country ∧ all, country ∧ some, country, all expertise, some expertise, everyone
 *       (a tier that needs what the visitor did not give is skipped);
 *   <li>within the tier, see {@link TierRanking}.
 * </ol>
 *
 * <p>Tiers come before load: a French speaker with five sessions beats an English speaker with
 * none for a French visitor. Availability and the cap are never overridden. Pure and
 * deterministic: the same request and candidates always give the same assignment and trace.
 */
public final class DefaultAssignmentPolicy implements AssignmentPolicy {
    /** The previous operator is chosen only while holding fewer ongoing sessions than this. */
    public static final int PREVIOUS_OPERATOR_SESSION_LIMIT = 2;

    @Override
    public Assignment assign(AssignmentRequest request, List<Candidate> candidates) {
        Require.present("request", request);
        Require.present("candidates", candidates);
        Trace trace = new Trace();
        List<Candidate> available = new ArrayList<>();
        for (Candidate candidate : candidates)
            Eligibility.whyNotAssignable(request, candidate)
                    .ifPresentOrElse(why -> trace.passedOver(candidate, why), () -> available.add(candidate));
        if (available.isEmpty())
            return Assignment.noOneAvailable(trace.under("No operator available in channel " + request.channel() + " ("
                    + candidates.size() + " considered)"));
        Optional<Candidate> previous = previousOperator(request, candidates, available, trace);
        if (previous.isPresent()) return toPrevious(previous.get(), available, trace);
        return byTier(request, available, trace);
    }

    private static Optional<Candidate> previousOperator(
            AssignmentRequest request, List<Candidate> candidates, List<Candidate> available, Trace trace) {
        if (request.previousOperator().isEmpty()) return Optional.empty();
        UserId id = request.previousOperator().get();
        Optional<Candidate> previous = find(available, id);
        if (previous.isEmpty()) {
            String who = find(candidates, id).map(c -> Trace.who(c.operator())).orElse(id.value());
            trace.note("Previous operator " + who + " is not an available candidate");
            return Optional.empty();
        }
        int ongoing = previous.get().ongoingSessions();
        if (ongoing < PREVIOUS_OPERATOR_SESSION_LIMIT) return previous;
        trace.note("Previous operator " + Trace.who(previous.get().operator()) + " not chosen: "
                + Trace.sessions(ongoing) + ", needs fewer than " + PREVIOUS_OPERATOR_SESSION_LIMIT);
        return Optional.empty();
    }

    private static Assignment toPrevious(Candidate previous, List<Candidate> available, Trace trace) {
        for (Candidate other : available)
            if (other != previous) trace.lost(other, "the visitor's previous operator comes first");
        String headline = "Chose " + Trace.who(previous.operator()) + " by rule "
                + AssignmentRule.PREVIOUS_OPERATOR + " (the visitor's previous operator, "
                + Trace.sessions(previous.ongoingSessions()) + ")";
        return new Assignment(
                Optional.of(previous.operator().id()), AssignmentRule.PREVIOUS_OPERATOR, trace.under(headline));
    }

    private static Assignment byTier(AssignmentRequest request, List<Candidate> available, Trace trace) {
        for (Tier tier : Tier.values()) {
            if (!tier.appliesTo(request)) continue;
            List<Candidate> members = available.stream()
                    .filter(candidate -> tier.admits(request, candidate.operator()))
                    .toList();
            if (members.isEmpty()) continue;
            for (Candidate outsider : available)
                if (!tier.admits(request, outsider.operator())) // the predicate again: linear, not a list scan
                trace.lost(outsider, "outside tier " + tier.rule() + ", " + tier.whyNot(request, outsider.operator()));
            Candidate winner = TierRanking.choose(request, tier, members, trace);
            String headline = "Chose " + Trace.who(winner.operator()) + " by rule " + tier.rule() + " ("
                    + tier.describe(request) + ")";
            return new Assignment(Optional.of(winner.operator().id()), tier.rule(), trace.under(headline));
        }
        throw new IllegalStateException("The EVERYONE tier admits every available candidate");
    }

    private static Optional<Candidate> find(List<Candidate> candidates, UserId id) {
        return candidates.stream()
                .filter(candidate -> candidate.operator().id().equals(id))
                .findFirst();
    }
}
