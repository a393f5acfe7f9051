package dev.livechat.domain.outcome;

import dev.livechat.domain.conversation.Outcome;

/**
 * docs/product-rules.md, "Outcome": the first rule that holds.
 *
 * <ol>
 *   <li>NO_ONE_AVAILABLE: no human operator ever took part;
 *   <li>ESCALATED: more than one took part (a join after a help request, or a transfer);
 *   <li>NO_ANSWER: one took part, but the visitor wrote nothing while an operator was present,
 *       or the operator wrote nothing;
 *   <li>SUCCESS: otherwise. A rating plays no part.
 * </ol>
 */
public final class DefaultOutcomePolicy implements OutcomePolicy {
    @Override
    public Outcome decide(OutcomeFacts facts) {
        int operators = facts.participants().everTookPart().size();
        if (operators == 0) return Outcome.NO_ONE_AVAILABLE;
        if (operators > 1) return Outcome.ESCALATED;
        boolean twoWay = facts.messages().visitorMessagesWithOperator() > 0
                && facts.messages().operatorMessages() > 0;
        return twoWay ? Outcome.SUCCESS : Outcome.NO_ANSWER;
    }
}
