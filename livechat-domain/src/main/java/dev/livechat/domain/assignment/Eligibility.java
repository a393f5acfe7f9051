package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;

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

    /** Checked in this order, so that a candidate is passed over for the first reason it meets. */
    static Eligibility of(AssignmentRequest request, Candidate candidate) {
        Operator operator = candidate.operator();
        if (!operator.memberOf(request.channel())) return NOT_A_MEMBER;
        if (!operator.hasLivechatAccess()) return NO_LIVECHAT_ACCESS;
        if (!operator.presence().assignable()) return operator.presence() == Presence.AWAY ? AWAY : OFFLINE;
        int ongoing = candidate.ongoingSessions();
        if (request.cap().allowsAnotherBeyond(ongoing)) return ASSIGNABLE;
        return ongoing == request.cap().max().getAsInt() ? AT_CAP : OVER_CAP;
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
