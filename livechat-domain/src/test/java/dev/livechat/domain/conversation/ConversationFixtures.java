package dev.livechat.domain.conversation;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Conversations in a known state for aggregate tests, reached through the aggregate's own verbs
 * (never by building a state by hand): Ana is assigned at {@link #T0}, a status is reached one
 * minute later, and the events of getting there are already pulled, so a test sees only its own.
 */
public final class ConversationFixtures {
    public static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
    /** When the fixtures reach their status. */
    public static final Instant T1 = T0.plus(Duration.ofMinutes(1));
    /** When a test acts. */
    public static final Instant NOW = T0.plus(Duration.ofMinutes(10));

    public static final Operator ANA = operator("u1", "Ana").speaks("fr").build();
    public static final Operator BOB = operator("u2", "Bob").build();
    public static final Operator CARL = operator("u3", "Carl").build();
    public static final Operator DORA = operator("u4", "Dora").build();

    private ConversationFixtures() {}

    public static Instant minutesLater(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static Actor actor(Operator operator) {
        return Actor.user(operator.id(), operator.name());
    }

    public static Opening opening(String id) {
        return new Opening(
                ConversationId.of(id),
                CHANNEL,
                Visitor.guest("Visitor #42"),
                Optional.of(LanguageTag.of("fr-BE")),
                Optional.of(CountryCode.of("BE")),
                List.of(new ChatbotAnswer("What is it about?", "An invoice")),
                Set.of(ExpertiseName.of("Billing")));
    }

    public static Assignment assignmentOf(Operator operator) {
        return new Assignment(
                Optional.of(operator.id()), AssignmentRule.EVERYONE, List.of("Chose " + operator.name() + " (test)"));
    }

    /** Freshly started with Ana assigned; its events are NOT pulled. */
    public static Conversation startedWithAna() {
        return Conversation.start(opening("conv-1"), assignmentOf(ANA), Optional.of(ANA), T0);
    }

    /** Freshly started while no operator was available; its events are NOT pulled. */
    public static Conversation startedWithoutOperator() {
        return Conversation.start(
                opening("conv-1"),
                Assignment.noOneAvailable(List.of("No operator available (test)")),
                Optional.empty(),
                T0);
    }

    public static Conversation inProgress() {
        return pulled(startedWithAna());
    }

    public static Conversation waitingForCustomer() {
        Conversation conversation = startedWithAna();
        conversation.markWaitingForCustomer(actor(ANA), T1);
        return pulled(conversation);
    }

    public static Conversation lookingForHelp() {
        Conversation conversation = startedWithAna();
        conversation.askForHelp(actor(ANA), T1);
        return pulled(conversation);
    }

    public static Conversation closed() {
        Conversation conversation = startedWithAna();
        conversation.close(actor(ANA), CloseCause.OPERATOR, new DefaultOutcomePolicy(), T1);
        return pulled(conversation);
    }

    private static Conversation pulled(Conversation conversation) {
        conversation.pullEvents();
        return conversation;
    }
}
