package dev.livechat.domain.assignment;

/** Which rule chose the operator, in the order the default policy tries them. */
public enum AssignmentRule {
    PREVIOUS_OPERATOR,
    LANGUAGE_ALL_EXPERTISE,
    LANGUAGE_SOME_EXPERTISE,
    LANGUAGE,
    COUNTRY_ALL_EXPERTISE,
    COUNTRY_SOME_EXPERTISE,
    COUNTRY,
    ALL_EXPERTISE,
    SOME_EXPERTISE,
    EVERYONE,
    /** No candidate at all: the conversation waits for the next available operator. */
    NO_ONE_AVAILABLE,
    /** Not chosen by the policy: a transfer or a join. Never returned by the policy itself. */
    MANUAL
}
