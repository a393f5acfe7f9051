package dev.livechat.domain.bench;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A visitor message on a conversation that already has many: the aggregate keeps counts, not the
 * messages, so the cost should not depend on {@code earlierMessages}. {@code statusChanges} adds
 * that many earlier status changes (operator marks waiting, visitor replies), which the aggregate
 * does keep, in its history.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConversationPostingBenchmark {
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    @Param({"0", "1000", "100000"})
    int earlierMessages;

    @Param({"0", "1000"})
    int statusChanges;

    private final MessageBody body = MessageBody.of("Is my parcel on its way? Order 12345, please.");
    private Conversation conversation;

    @Setup
    public void setUp() {
        Operator ana = operator("u1", "Ana").speaks("fr").inCountry("BE").build();
        Opening opening = new Opening(
                ConversationId.of("bench-1"),
                CHANNEL,
                Visitor.guest("Visitor #1"),
                Optional.of(LanguageTag.of("fr-BE")),
                Optional.of(CountryCode.of("BE")),
                List.of(),
                Set.of());
        Assignment assignment = new Assignment(Optional.of(ana.id()), AssignmentRule.LANGUAGE, List.of("Chose Ana"));
        conversation = Conversation.start(opening, assignment, Optional.of(ana), AT);
        MessageBody reply = MessageBody.of("Let me check that for you.");
        for (int i = 0; i < earlierMessages; i++) {
            if (i % 2 == 0) conversation.postVisitorMessage(body, AT);
            else conversation.postOperatorMessage(ana, reply, AT);
            conversation.pullEvents();
        }
        Actor byAna = Actor.user(ana.id(), ana.name());
        for (int i = 0; i < statusChanges / 2; i++) {
            conversation.markWaitingForCustomer(byAna, AT);
            conversation.postVisitorMessage(body, AT);
            conversation.pullEvents();
        }
    }

    @Benchmark
    public List<ConversationEvent> postVisitorMessageAndPullEvents() {
        conversation.postVisitorMessage(body, AT);
        return conversation.pullEvents();
    }
}
