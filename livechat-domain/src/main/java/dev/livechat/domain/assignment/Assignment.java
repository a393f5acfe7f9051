package dev.livechat.domain.assignment;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The policy's answer: the chosen operator or none, the rule that chose, and a readable trace
 * that says why each other candidate was passed over.
 */
public record Assignment(Optional<UserId> operator, AssignmentRule rule, List<String> trace) {
    public Assignment {
        Require.present("operator", operator);
        Require.present("rule", rule);
        trace = List.copyOf(Require.present("trace", trace));
        if (operator.isEmpty() != (rule == AssignmentRule.NO_ONE_AVAILABLE))
            throw new IllegalArgumentException("NO_ONE_AVAILABLE goes with no operator, every other rule with one");
    }

    public static Assignment noOneAvailable(List<String> trace) {
        return new Assignment(Optional.empty(), AssignmentRule.NO_ONE_AVAILABLE, trace);
    }
}
