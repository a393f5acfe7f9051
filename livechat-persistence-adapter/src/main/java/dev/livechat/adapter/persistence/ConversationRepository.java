package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** Loads and saves conversation aggregates: one row read, or a version-checked write with its logs. */
final class ConversationRepository {
    private ConversationRepository() {}

    static Optional<Conversation> load(Unit unit, ConversationId id) {
        return Optional.ofNullable(ConversationColumns.load(unit, id.value(), false))
                .map(ConversationMapper::toState)
                .map(Conversation::restore);
    }

    /**
     * Reads the row (plain JDBC, {@link ConversationColumns#load}) with {@code SELECT … FOR UPDATE} on PostgreSQL: a second writer of the same
     * conversation, of this instance or another, waits here until the first commits, then reads what
     * it wrote. The row is kept in the unit so that the save can write only what changed.
     *
     * <p>On H2 a plain read: the embedded file is open in one process only, where every writer of a
     * conversation already holds it ({@code GroupCommit.hold} in the domain) from this load to the
     * commit, so the row lock would order nobody; and H2 never keeps a {@code FOR UPDATE} statement
     * in its query cache, it parses it anew on every call (a tenth of a message post's CPU). A writer
     * outside the domain's units (an erasure) still moves the version, which the save checks.
     */
    static Optional<Conversation> loadForUpdate(Unit unit, ConversationId id) {
        ConversationEntity row = ConversationColumns.load(unit, id.value(), unit.postgres());
        if (row == null) return Optional.empty();
        unit.loaded(row);
        return Optional.of(Conversation.restore(ConversationMapper.toState(row)));
    }

    /**
     * Inserts a new conversation (version 0) at version 1, or updates a stored one only while it
     * still holds the expected version (the UPDATE checks it, so a concurrent save loses); then the
     * query rows that changed, the new messages and the events. The caller's transaction makes it
     * all or nothing; the caller moves the aggregate to the new version after the commit.
     */
    static List<EventRecord> save(Unit unit, Conversation conversation, List<ConversationEvent> events) {
        StatelessSession session = unit.session();
        ConversationState state = conversation.state();
        for (ConversationEvent event : events)
            if (!event.conversationId().equals(state.id()))
                throw new IllegalArgumentException("event " + event.type() + " of conversation "
                        + event.conversationId() + " saved with conversation " + state.id());
        ConversationEntity row = ConversationMapper.toEntity(state);
        List<Long> positions;
        if (state.version() == 0) {
            // a new conversation is numbered by its first event's position: no statement of its own
            positions = unit.nextEventPositions(Math.max(1, events.size()));
            row.logKey = positions.get(0);
            row.version = 1;
            session.insert(row);
            ConversationColumns.insertActivity(unit, row);
            writeQueryRows(session, state, row, null);
        } else {
            ConversationEntity stored =
                    unit.loadedRow(row.id).orElseGet(() -> ConversationColumns.load(unit, row.id, false));
            if (stored == null || stored.version != state.version()) throw conflict(state);
            if (ConversationColumns.update(unit, stored, row) != 1) throw conflict(state);
            positions = events.isEmpty() ? List.of() : unit.nextEventPositions(events.size());
            row.logKey = stored.logKey;
            row.version = stored.version + 1;
            unit.loaded(row);
            writeQueryRows(session, state, row, stored);
        }
        return EventLog.append(unit, row.logKey, events, positions);
    }

    static ConcurrentUpdateException conflict(ConversationState state) {
        return new ConcurrentUpdateException("conversation", state.id(), state.version());
    }

    /** Rewrites the participant, tag and expertise rows whose JSON copy changed (all of them on insert). */
    private static void writeQueryRows(
            StatelessSession session, ConversationState state, ConversationEntity row, ConversationEntity stored) {
        String id = row.id;
        // the closed flag too: participant rows say whether the participation is still ongoing
        if (stored == null || !Objects.equals(stored.participants, row.participants) || stored.closed != row.closed) {
            if (stored != null) deleteRows(session, "ParticipantEntity", id);
            ConversationMapper.participantRows(state).forEach(session::insert);
        }
        if (stored == null || !Objects.equals(stored.tags, row.tags)) {
            if (stored != null) deleteRows(session, "ConversationTagEntity", id);
            ConversationMapper.tagRows(state).forEach(session::insert);
        }
        if (stored == null || !Objects.equals(stored.expertise, row.expertise)) {
            if (stored != null) deleteRows(session, "ConversationExpertiseEntity", id);
            ConversationMapper.expertiseRows(state).forEach(session::insert);
        }
    }

    private static void deleteRows(StatelessSession session, String entity, String conversationId) {
        session.createMutationQuery("delete from " + entity + " r where r.conversationId = :id")
                .setParameter("id", conversationId)
                .executeUpdate();
    }
}
