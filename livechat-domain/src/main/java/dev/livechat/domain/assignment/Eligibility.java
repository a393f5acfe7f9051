package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.Operator;
import java.util.Optional;

/** Step 1 of the rules: who may be assigned at all in this channel, right now. */
final class Eligibility {
    private Eligibility() {}

    /** Why the candidate cannot be assigned, or empty when it can. */
    static Optional<String> whyNotAssignable(AssignmentRequest request, Candidate candidate) {
        Operator operator = candidate.operator();
        if (!operator.memberOf(request.channel())) return Optional.of("not a member of channel " + request.channel());
        if (!operator.hasLivechatAccess()) return Optional.of("no live chat access (role " + operator.role() + ")");
        if (!operator.presence().assignable())
            return Optional.of(operator.presence().name());
        int ongoing = candidate.ongoingSessions();
        if (!request.cap().allowsAnotherBeyond(ongoing)) return Optional.of(atCap(request, ongoing));
        return Optional.empty();
    }

    private static String atCap(AssignmentRequest request, int ongoing) {
        int max = request.cap().max().getAsInt();
        String cap = "the cap of " + Trace.sessions(max);
        return ongoing == max ? "at " + cap : "over " + cap + " (has " + ongoing + ")";
    }
}
