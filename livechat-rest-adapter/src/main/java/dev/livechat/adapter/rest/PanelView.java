package dev.livechat.adapter.rest;

import static dev.livechat.adapter.rest.Views.sorted;
import static dev.livechat.adapter.rest.Views.text;

import dev.livechat.adapter.rest.Views.AssignmentView;
import dev.livechat.adapter.rest.Views.OperatorView;
import dev.livechat.adapter.rest.Views.VisitorView;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.RecentConversation;
import java.time.Instant;
import java.util.List;

/** The information panel (docs/rest-api.md, "The panel"): {@code contact} null for a guest, {@code status} null once closed. */
record PanelView(
        String id,
        ChannelRef channel,
        Instant startedAt,
        Instant closedAt,
        ConversationStatus status,
        Instant statusSince,
        Outcome outcome,
        VisitorView visitor,
        AdminViews.ContactView contact,
        List<OperatorView> operators,
        String note,
        String noteEditedBy,
        Instant noteEditedAt,
        List<String> tags,
        List<AnswerView> chatbotAnswers,
        List<String> expertise,
        String country,
        String language,
        List<RecentView> recentConversations,
        List<TicketRef> openTickets,
        String transcriptEmail,
        AssignmentView assignment) {

    record ChannelRef(String id, String name) {}

    record AnswerView(String question, String answer) {}

    record RecentView(String id, Instant startedAt, Instant closedAt, Outcome outcome) {
        static RecentView of(RecentConversation r) {
            return new RecentView(
                    r.id().value(),
                    r.startedAt(),
                    r.closedAt().orElse(null),
                    r.outcome().orElse(null));
        }
    }

    record TicketRef(String id, String reference, String title, String url) {
        static TicketRef of(Ticket t) {
            return new TicketRef(
                    t.id().value(), t.reference(), t.title(), t.url().value());
        }
    }

    static PanelView of(Panel p) {
        return new PanelView(
                p.id().value(),
                new ChannelRef(p.channel().id().value(), p.channel().name()),
                p.startedAt(),
                p.closedAt().orElse(null),
                p.status().orElse(null),
                p.statusSince(),
                p.outcome().orElse(null),
                VisitorView.of(p.visitor()),
                p.contact().map(AdminViews.ContactView::of).orElse(null),
                p.operators().stream().map(OperatorView::of).toList(),
                p.note().map(Note::text).orElse(null),
                p.note().map(Note::editorName).orElse(null),
                p.note().map(Note::editedAt).orElse(null),
                sorted(p.tags()),
                p.chatbotAnswers().stream()
                        .map(a -> new AnswerView(a.question(), a.answer()))
                        .toList(),
                sorted(p.expertise()),
                text(p.country()),
                text(p.language()),
                p.recentConversations().stream().map(RecentView::of).toList(),
                p.openTickets().stream().map(TicketRef::of).toList(),
                text(p.transcriptEmail()),
                AssignmentView.full(p.assignment()));
    }
}
