package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.StatusTransition;
import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Erased;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The visitor on the person's conversations: name, address, time zone, chatbot answers, the
 * operators' note (which may quote the visitor), and the visitor's name in the status history. An
 * erasure anonymises them and keeps the row, so the statistics (outcome, times, counts) stay; it
 * raises the conversation's version ({@link ConversationVersions}), so that a save from a copy loaded
 * before it loses and reloads.
 */
final class PersonalConversations implements PersonalDataPort {
    private final Database db;

    PersonalConversations(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "conversations";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> rows(s, person).stream()
                .map(c -> row(
                        "id", c.id,
                        "channelId", c.channelId,
                        "startedAt", c.startedAt,
                        "closedAt", c.closedAt,
                        "status", c.status,
                        "outcome", c.outcome,
                        "visitorName", c.visitorName,
                        "visitorEmail", c.visitorEmail,
                        "visitorTimeZone", c.visitorTimeZone,
                        "contactId", c.contactId,
                        "country", c.visitorCountry,
                        "language", c.visitorLanguage,
                        "chatbotAnswers",
                                ConversationJson.answers(c.chatbotAnswers).stream()
                                        .map(a -> row("question", a.question(), "answer", a.answer()))
                                        .toList(),
                        "note", c.noteText))
                .toList());
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> {
            int changed = 0;
            for (ConversationEntity c : rows(s, person)) {
                String answers = erasedAnswers(c.chatbotAnswers);
                String history = erasedHistory(c.history);
                String note = c.noteText == null ? null : Erased.TEXT;
                boolean same = Erased.TEXT.equals(c.visitorName)
                        && c.visitorEmail == null
                        && c.visitorTimeZone == null
                        && Objects.equals(note, c.noteText)
                        && answers.equals(c.chatbotAnswers)
                        && history.equals(c.history);
                if (same) continue;
                ConversationVersions.raise(s, List.of(c.id));
                changed += s.createMutationQuery("update ConversationEntity c set c.visitorName = :name,"
                                + " c.visitorEmail = null, c.visitorTimeZone = null, c.noteText = :note,"
                                + " c.chatbotAnswers = :answers, c.history = :history"
                                + " where c.id = :id")
                        .setParameter("name", Erased.TEXT)
                        .setParameter("note", note)
                        .setParameter("answers", answers)
                        .setParameter("history", history)
                        .setParameter("id", c.id)
                        .executeUpdate();
            }
            return changed;
        });
    }

    private static List<ConversationEntity> rows(org.hibernate.StatelessSession s, Person person) {
        return s.createSelectionQuery(
                        "from ConversationEntity c where c.id in :ids order by c.startedAt", ConversationEntity.class)
                .setParameter("ids", PersonalRows.conversations(person))
                .getResultList();
    }

    /** The questions stay (they are the channel's); the visitor's answers go. */
    private static String erasedAnswers(String json) {
        return ConversationJson.answers(ConversationJson.answers(json).stream()
                .map(a -> new ChatbotAnswer(a.question(), Erased.TEXT))
                .toList());
    }

    /** A status change the visitor made stays, by a visitor with no name. */
    private static String erasedHistory(String json) {
        return ConversationJson.history(ConversationJson.history(json).stream()
                .map(t -> t.actor().kind() == Actor.Kind.VISITOR
                        ? new StatusTransition(t.at(), Actor.visitor(Erased.TEXT), t.from(), t.to(), t.cause())
                        : t)
                .toList());
    }
}
