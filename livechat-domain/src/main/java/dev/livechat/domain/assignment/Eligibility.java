package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import java.util.List;

/**
 * Step 1 of the rules: who may be assigned at all in this channel, right now. The reasons not to
 * come nearest to assignable first (a session closing frees an operator at the cap), so that the
 * trace names those before the ones who are away or not in the channel.
 */
enum Eligibility {
    ASSIGNABLE,
    AT_CAP,
    OVER_CAP,
    AWAY,
    OFFLINE,
    NO_LIVECHAT_ACCESS,
    NOT_A_MEMBER;

    /** values() copies its array on every call, and the pass asks once per candidate. */
    private static final List<Eligibility> ALL = List.of(values());

    static Eligibility ofOrdinal(int ordinal) {
        return ALL.get(ordinal);
    }

    /**
     * What does not depend on the request's cap, checked in this order so that a candidate is passed
     * over for the first reason it meets; ASSIGNABLE means "if below the cap" (see {@link #withCap}).
     */
    static Eligibility standing(boolean inChannel, boolean livechatAccess, Presence presence) {
        if (!inChannel) return NOT_A_MEMBER;
        if (!livechatAccess) return NO_LIVECHAT_ACCESS;
        if (!presence.assignable()) return presence == Presence.AWAY ? AWAY : OFFLINE;
        return ASSIGNABLE;
    }

    /** A standing of ASSIGNABLE checked against the cap: at the cap or over it are passed over too. */
    static Eligibility withCap(Eligibility standing, boolean unlimited, int cap, int ongoing) {
        if (standing != ASSIGNABLE || unlimited || ongoing < cap) return standing;
        return ongoing == cap ? AT_CAP : OVER_CAP;
    }

    /** The reason as a group of the trace counts it: "3 at the cap of 10 ongoing sessions". */
    String group(AssignmentRequest request) {
        return switch (this) {
            case ASSIGNABLE -> "assignable";
            case AT_CAP -> "at " + cap(request);
            case OVER_CAP -> "over " + cap(request);
            case AWAY, OFFLINE -> name();
            case NO_LIVECHAT_ACCESS -> "without live chat access";
            case NOT_A_MEMBER -> "not members of channel " + request.channel();
        };
    }

    /** The reason as the trace gives it for one named candidate. */
    String whyNot(AssignmentRequest request, Candidate candidate) {
        Operator operator = candidate.operator();
        return switch (this) {
            case NOT_A_MEMBER -> "not a member of channel " + request.channel();
            case NO_LIVECHAT_ACCESS -> "no live chat access (role " + operator.role() + ")";
            case AWAY, OFFLINE -> operator.presence().name();
            case OVER_CAP -> "over " + cap(request) + " (has " + candidate.ongoingSessions() + ")";
            default -> group(request);
        };
    }

    private static String cap(AssignmentRequest request) {
        return "the cap of " + Trace.sessions(request.cap().max().getAsInt());
    }
}
