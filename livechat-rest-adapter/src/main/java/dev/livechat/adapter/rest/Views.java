package dev.livechat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.OperatorRef;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What conversations and messages look like in JSON. Visitors get a view without the internal fields. */
final class Views {
    private Views() {}

    record OperatorView(String id, String name) {
        static OperatorView of(OperatorRef ref) {
            return new OperatorView(ref.id().value(), ref.name());
        }
    }

    record VisitorView(String name, String email) {
        static VisitorView of(Visitor visitor) {
            return new VisitorView(visitor.name(), text(visitor.email()));
        }
    }

    /** The rule that chose the operator and, for live chat users only, why (the trace). */
    record AssignmentView(
            AssignmentRule rule,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> trace) {
        static AssignmentView full(Assignment assignment) {
            return new AssignmentView(assignment.rule(), assignment.trace());
        }

        static AssignmentView ruleOnly(Assignment assignment) {
            return new AssignmentView(assignment.rule(), null);
        }
    }

    /** A conversation as live chat users see it. */
    record ConversationView(
            String id,
            String channelId,
            ConversationStatus status,
            Instant statusSince,
            Outcome outcome,
            Instant startedAt,
            Instant closedAt,
            VisitorView visitor,
            List<OperatorView> operators,
            String language,
            String country,
            List<String> expertise,
            List<String> tags,
            String note,
            AssignmentView assignment) {
        static ConversationView of(ConversationState s) {
            return new ConversationView(
                    s.id().value(),
                    s.opening().channel().value(),
                    s.status().orElse(null),
                    s.lifecycle().since(),
                    s.lifecycle().outcome().orElse(null),
                    s.opening().startedAt(),
                    s.lifecycle().closedAt().orElse(null),
                    VisitorView.of(s.opening().visitor()),
                    presentOperators(s),
                    text(s.opening().language()),
                    text(s.opening().country()),
                    sorted(s.annotations().expertise()),
                    sorted(s.annotations().tags()),
                    s.annotations().note().map(Note::text).orElse(null),
                    AssignmentView.full(s.assignment()));
        }
    }

    /** A conversation as its visitor sees it: no tags, note, expertise or assignment trace. */
    record VisitorConversationView(
            String id,
            String channelId,
            ConversationStatus status,
            Instant statusSince,
            Outcome outcome,
            Instant startedAt,
            Instant closedAt,
            VisitorView visitor,
            List<OperatorView> operators,
            String language,
            String country,
            AssignmentView assignment) {
        /** The internal view's fields the visitor may see, the assignment reduced to its rule. */
        static VisitorConversationView of(ConversationState s) {
            ConversationView full = ConversationView.of(s);
            return new VisitorConversationView(
                    full.id(),
                    full.channelId(),
                    full.status(),
                    full.statusSince(),
                    full.outcome(),
                    full.startedAt(),
                    full.closedAt(),
                    full.visitor(),
                    full.operators(),
                    full.language(),
                    full.country(),
                    AssignmentView.ruleOnly(s.assignment()));
        }
    }

    /** The answer to the start of a conversation: the visitor's token, shown this once. */
    record StartedView(
            String id,
            String channelId,
            String visitorToken,
            ConversationStatus status,
            OperatorView operator,
            String language,
            String country,
            AssignmentView assignment) {
        static StartedView of(StartedConversation started) {
            ConversationState s = started.conversation();
            return new StartedView(
                    s.id().value(),
                    s.opening().channel().value(),
                    started.visitorToken(),
                    s.status().orElse(null),
                    presentOperators(s).stream().findFirst().orElse(null),
                    text(s.opening().language()),
                    text(s.opening().country()),
                    AssignmentView.ruleOnly(s.assignment()));
        }
    }

    record MessageView(long seq, AuthorKind authorKind, String author, String body, Instant sentAt) {
        static MessageView of(Message m) {
            return new MessageView(
                    m.seq(), m.authorKind(), m.authorName(), m.body().value(), m.sentAt());
        }
    }

    /** A line of a conversation list; {@code matchesMyExpertise} is the help queue's star. */
    record SummaryView(
            String id,
            String channelId,
            String visitorName,
            ConversationStatus status,
            Instant statusSince,
            Instant startedAt,
            Instant closedAt,
            Outcome outcome,
            List<String> expertise,
            List<OperatorView> operators,
            boolean matchesMyExpertise) {
        static SummaryView of(ConversationSummary c) {
            return new SummaryView(
                    c.id().value(),
                    c.channel().value(),
                    c.visitorName(),
                    c.lifecycle().status().orElse(null),
                    c.lifecycle().since(),
                    c.startedAt(),
                    c.lifecycle().closedAt().orElse(null),
                    c.lifecycle().outcome().orElse(null),
                    sorted(c.expertise()),
                    c.operators().stream().map(OperatorView::of).toList(),
                    c.matchesMyExpertise());
        }
    }

    static List<OperatorView> presentOperators(ConversationState s) {
        return s.participants().present().stream()
                .map(p -> new OperatorView(p.id().value(), p.name()))
                .toList();
    }

    static List<String> sorted(Collection<?> values) {
        return values.stream()
                .map(Object::toString)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
