package dev.livechat.domain.conversation;

/** How a closed conversation ended (docs/product-rules.md, "Outcome"). */
public enum Outcome {
    NO_ONE_AVAILABLE,
    ESCALATED,
    NO_ANSWER,
    SUCCESS
}
