package dev.livechat.domain.outcome;

import dev.livechat.domain.conversation.Outcome;

/**
 * Decides how a closed conversation ended. Called once, at the close; the answer is stored and
 * never recomputed. Replace it to change the rules; {@link DefaultOutcomePolicy} is docs/product-rules.md's.
 */
@FunctionalInterface
public interface OutcomePolicy {
    Outcome decide(OutcomeFacts facts);
}
