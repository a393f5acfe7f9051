package dev.livechat.domain.assignment;

import dev.livechat.domain.locale.LanguageTag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 5 of the rules: who wins inside the winning tier. An exact language tag first (language
 * tiers only); then not assigned in the last 120 s, unless nobody is left; then the fewest ongoing
 * sessions; then the least recently assigned (never counts as longest ago); then the operator
 * created first; then the id, so that the same input always gives the same answer.
 */
final class TierRanking {
    static final Duration RECENT = Duration.ofSeconds(120);

    private static final Comparator<Candidate> LOAD_THEN_FAIRNESS = Comparator.comparingInt(Candidate::ongoingSessions)
            .thenComparing(candidate -> candidate.lastAssignedAt().orElse(Instant.MIN))
            .thenComparing(candidate -> candidate.operator().createdAt())
            .thenComparing(candidate -> candidate.operator().id().value());

    private TierRanking() {}

    static Candidate choose(AssignmentRequest request, Tier tier, List<Candidate> members, Trace trace) {
        List<Candidate> pool = members;
        if (tier.matchesOnLanguage()) pool = preferExactTag(request.language().orElseThrow(), pool, trace);
        pool = leaveOutRecentlyAssigned(request.at(), pool, trace);
        List<Candidate> ranked = new ArrayList<>(pool);
        ranked.sort(LOAD_THEN_FAIRNESS);
        Candidate winner = ranked.get(0);
        for (Candidate loser : ranked.subList(1, ranked.size())) trace.lost(loser, whyBehind(loser, winner));
        return winner;
    }

    private static List<Candidate> preferExactTag(LanguageTag language, List<Candidate> pool, Trace trace) {
        List<Candidate> exact = pool.stream()
                .filter(candidate -> candidate.operator().speaksExactly(language))
                .toList();
        if (exact.isEmpty()) return pool;
        for (Candidate candidate : pool)
            if (!candidate.operator().speaksExactly(language))
                trace.lost(
                        candidate,
                        "speaks " + language.primary() + " but not exactly " + language
                                + " (an exact match ranks first)");
        return exact;
    }

    private static List<Candidate> leaveOutRecentlyAssigned(Instant at, List<Candidate> pool, Trace trace) {
        Instant windowStart = at.minus(RECENT);
        List<Candidate> rested = pool.stream()
                .filter(candidate -> !assignedAfter(candidate, windowStart))
                .toList();
        if (rested.isEmpty()) {
            trace.note("Everyone in the tier was assigned in the last " + RECENT.toSeconds() + " s, so the "
                    + RECENT.toSeconds() + " s rule is waived");
            return pool;
        }
        for (Candidate candidate : pool)
            if (assignedAfter(candidate, windowStart)) {
                long ago = Math.max(
                        0,
                        Duration.between(candidate.lastAssignedAt().orElseThrow(), at)
                                .toSeconds());
                trace.lost(candidate, "assigned " + ago + " s ago (" + RECENT.toSeconds() + " s rule)");
            }
        return rested;
    }

    private static boolean assignedAfter(Candidate candidate, Instant windowStart) {
        return candidate.lastAssignedAt().map(last -> last.isAfter(windowStart)).orElse(false);
    }

    private static String whyBehind(Candidate loser, Candidate winner) {
        if (loser.ongoingSessions() != winner.ongoingSessions())
            return Trace.sessions(loser.ongoingSessions()) + " vs " + winner.ongoingSessions();
        if (!loser.lastAssignedAt().equals(winner.lastAssignedAt()))
            return "assigned more recently (" + lastAssigned(loser) + " vs " + lastAssigned(winner) + ")";
        Instant loserCreated = loser.operator().createdAt();
        Instant winnerCreated = winner.operator().createdAt();
        if (!loserCreated.equals(winnerCreated)) return "created later (" + loserCreated + " vs " + winnerCreated + ")";
        return "tied on load, last assignment and creation time; id "
                + loser.operator().id() + " sorts after " + winner.operator().id();
    }

    private static String lastAssigned(Candidate candidate) {
        return candidate.lastAssignedAt().map(Instant::toString).orElse("never");
    }
}
