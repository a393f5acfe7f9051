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
import dev.livechat.domain.conversation.Rating;
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
        AssignmentView assignment,
        RatingView rating,
        SignalEndpoints.SeenView seen) {

    /** The visitor's rating (docs/rest-api.md, "Ratings"); the panel shows null until one is given. */
    record RatingView(int score, String comment, Instant ratedAt) {
        static RatingView of(Rating r) {
            return new RatingView(r.score(), r.comment().orElse(null), r.ratedAt());
        }
    }

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
                p.opening().startedAt(),
                p.lifecycle().closedAt().orElse(null),
                p.lifecycle().status().orElse(null),
                p.lifecycle().since(),
                p.lifecycle().outcome().orElse(null),
                VisitorView.of(p.opening().visitor()),
                p.background().contact().map(AdminViews.ContactView::of).orElse(null),
                p.operators().stream().map(OperatorView::of).toList(),
                p.annotations().note().map(Note::text).orElse(null),
                p.annotations().note().map(Note::editorName).orElse(null),
                p.annotations().note().map(Note::editedAt).orElse(null),
                sorted(p.annotations().tags()),
                p.opening().chatbotAnswers().stream()
                        .map(a -> new AnswerView(a.question(), a.answer()))
                        .toList(),
                sorted(p.annotations().expertise()),
                text(p.opening().country()),
                text(p.opening().language()),
                p.background().recentConversations().stream()
                        .map(RecentView::of)
                        .toList(),
                p.background().openTickets().stream().map(TicketRef::of).toList(),
                text(p.background().transcriptEmail()),
                AssignmentView.full(p.assignment()),
                p.annotations().rating().map(RatingView::of).orElse(null),
                SignalEndpoints.SeenView.of(p.seen()));
    }
}
