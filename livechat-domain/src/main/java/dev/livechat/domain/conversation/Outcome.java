package dev.livechat.domain.conversation;

/** How a closed conversation ended (SPEC.md, "Outcome"). */
public enum Outcome {
    NO_ONE_AVAILABLE,
    ESCALATED,
    NO_ANSWER,
    SUCCESS
}
