package dev.livechat.domain.assignment;

import static dev.livechat.domain.assignment.Criterion.ALL_EXPERTISE;
import static dev.livechat.domain.assignment.Criterion.COUNTRY;
import static dev.livechat.domain.assignment.Criterion.LANGUAGE;
import static dev.livechat.domain.assignment.Criterion.SOME_EXPERTISE;

import dev.livechat.domain.operator.Operator;
import java.util.List;
import java.util.stream.Collectors;

/** Step 4 of the rules: the tiers, in the order they are tried; the first non-empty one wins. */
enum Tier {
    LANGUAGE_ALL_EXPERTISE(AssignmentRule.LANGUAGE_ALL_EXPERTISE, LANGUAGE, ALL_EXPERTISE),
    LANGUAGE_SOME_EXPERTISE(AssignmentRule.LANGUAGE_SOME_EXPERTISE, LANGUAGE, SOME_EXPERTISE),
    LANGUAGE_ONLY(AssignmentRule.LANGUAGE, LANGUAGE),
    COUNTRY_ALL_EXPERTISE(AssignmentRule.COUNTRY_ALL_EXPERTISE, COUNTRY, ALL_EXPERTISE),
    COUNTRY_SOME_EXPERTISE(AssignmentRule.COUNTRY_SOME_EXPERTISE, COUNTRY, SOME_EXPERTISE),
    COUNTRY_ONLY(AssignmentRule.COUNTRY, COUNTRY),
    ALL_EXPERTISE_ONLY(AssignmentRule.ALL_EXPERTISE, ALL_EXPERTISE),
    SOME_EXPERTISE_ONLY(AssignmentRule.SOME_EXPERTISE, SOME_EXPERTISE),
    EVERYONE(AssignmentRule.EVERYONE);

    /** values() copies its array on every call; the ranking turns ordinals back into tiers. */
    private static final List<Tier> ALL = List.of(values());

    private final AssignmentRule rule;
    private final List<Criterion> criteria;
    private final int needs;

    Tier(AssignmentRule rule, Criterion... criteria) {
        this.rule = rule;
        this.criteria = List.of(criteria);
        int bits = 0;
        for (Criterion criterion : criteria) bits |= criterion.bit();
        this.needs = bits;
    }

    static Tier ofOrdinal(int ordinal) {
        return ALL.get(ordinal);
    }

    AssignmentRule rule() {
        return rule;
    }

    /** Whether the visitor gave what this tier needs (a language, a country, some expertise). */
    boolean appliesTo(AssignmentRequest request) {
        for (Criterion criterion : criteria) if (!criterion.applicable(request)) return false;
        return true;
    }

    /** The criteria of this tier, as a bit set of {@link Criterion#bit()}. */
    int needs() {
        return needs;
    }

    boolean matchesOnLanguage() {
        return (needs & LANGUAGE.bit()) != 0;
    }

    /** Whether an operator who meets these criteria (a bit set of {@link Criterion#bit()}) is in the tier. */
    boolean admits(int criteriaMet) {
        return (criteriaMet & needs) == needs;
    }

    String describe(AssignmentRequest request) {
        if (criteria.isEmpty()) return "every available operator";
        return criteria.stream().map(criterion -> criterion.describe(request)).collect(Collectors.joining(" and "));
    }

    /** Every condition of this tier the operator fails, for the trace. */
    String whyNot(AssignmentRequest request, Operator operator) {
        return criteria.stream()
                .filter(criterion -> !criterion.admits(request, operator))
                .map(criterion -> criterion.whyNot(request, operator))
                .collect(Collectors.joining("; "));
    }
}
