package dev.livechat.domain.assignment;

import dev.livechat.domain.locale.LanguageTag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Why an available candidate ranks behind another: the first step of {@link TierRanking} on which
 * they differ, in the order the ranking applies them.
 */
enum Behind {
    OUTSIDE_TIER,
    INEXACT_LANGUAGE,
    ASSIGNED_RECENTLY,
    MORE_SESSIONS,
    ASSIGNED_MORE_RECENTLY,
    CREATED_LATER,
    LATER_ID;

    /** values() copies its array on every call, and the ranking asks once per candidate. */
    private static final List<Behind> ALL = List.of(values());

    static Behind ofOrdinal(int ordinal) {
        return ALL.get(ordinal);
    }

    /** The reason as a group of the trace counts it: "12 outside tier LANGUAGE". */
    String group(AssignmentRequest request, Tier tier) {
        return switch (this) {
            case OUTSIDE_TIER -> "outside tier " + tier.rule();
            case INEXACT_LANGUAGE ->
                "speaking " + language(request).primary() + " but not exactly " + language(request);
            case ASSIGNED_RECENTLY -> "assigned in the last " + TierRanking.RECENT.toSeconds() + " s";
            case MORE_SESSIONS -> "with more ongoing sessions";
            case ASSIGNED_MORE_RECENTLY -> "as loaded, assigned more recently";
            case CREATED_LATER -> "as loaded and as recently assigned, created later";
            case LATER_ID -> "tied on load, last assignment and creation time, with a later id";
        };
    }

    /** The reason as the trace gives it for one named runner-up, against the chosen operator. */
    String why(AssignmentRequest request, Tier tier, Candidate loser, Candidate winner) {
        return switch (this) {
            case OUTSIDE_TIER -> "outside tier " + tier.rule() + ", " + tier.whyNot(request, loser.operator());
            case INEXACT_LANGUAGE ->
                "speaks " + language(request).primary() + " but not exactly " + language(request)
                        + " (an exact match ranks first)";
            case ASSIGNED_RECENTLY ->
                "assigned " + secondsAgo(loser, request.at()) + " s ago (" + TierRanking.RECENT.toSeconds()
                        + " s rule)";
            case MORE_SESSIONS -> Trace.sessions(loser.ongoingSessions()) + " vs " + winner.ongoingSessions();
            case ASSIGNED_MORE_RECENTLY ->
                "assigned more recently (" + lastAssigned(loser) + " vs " + lastAssigned(winner) + ")";
            case CREATED_LATER ->
                "created later (" + loser.operator().createdAt() + " vs "
                        + winner.operator().createdAt() + ")";
            case LATER_ID ->
                "tied on load, last assignment and creation time; id "
                        + loser.operator().id() + " sorts after "
                        + winner.operator().id();
        };
    }

    private static LanguageTag language(AssignmentRequest request) {
        return request.language().orElseThrow();
    }

    private static long secondsAgo(Candidate candidate, Instant at) {
        return Math.max(
                0,
                Duration.between(candidate.lastAssignedAt().orElseThrow(), at).toSeconds());
    }

    private static String lastAssigned(Candidate candidate) {
        return candidate.lastAssignedAt().map(Instant::toString).orElse("never");
    }
}
