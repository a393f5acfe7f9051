package dev.livechat.domain.history;

import static dev.livechat.domain.event.EventKeys.*;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.operator.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which events make a line of the history, and what of them it keeps. A store calls
 * {@link #of} for each event it appends, in the same transaction, so the history is written with the
 * change or not at all, and outlives the event log (which is trimmed after its resume window).
 *
 * <p>Left out: posted messages (the message log is their history), the help queue's membership
 * (derived from the status), the visitor's name (on the conversation only, where an erasure finds
 * it) and a note's text (an operator's note may quote the visitor; the line says who edited it
 * when, and how long it became).
 */
public final class HistoryLines {
    private static final Set<EventType> KEPT = Set.of(
            EventType.CONVERSATION_STARTED,
            EventType.OPERATOR_ASSIGNED,
            EventType.STATUS_CHANGED,
            EventType.OPERATOR_JOINED,
            EventType.CONVERSATION_TRANSFERRED,
            EventType.CONVERSATION_CLOSED,
            EventType.NOTE_EDITED,
            EventType.TAGS_CHANGED,
            EventType.EXPERTISE_CHANGED,
            EventType.TRANSCRIPT_STATE_CHANGED);

    /** The keys every record's data has and a line holds in its own fields. */
    private static final Set<String> HEADER = Set.of(CONVERSATION_ID, CHANNEL_ID, SEQ, AT, ACTOR);

    private HistoryLines() {}

    /** The line an event makes in the history, if it makes one. */
    public static Optional<HistoryEntry> of(EventRecord record) {
        if (!KEPT.contains(record.type())) return Optional.empty();
        Map<String, Object> data = record.data();
        Map<String, Object> details = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (!HEADER.contains(key) && value != null) details.put(key, value);
        });
        details.remove(VISITOR_NAME);
        Object note = details.remove(NOTE);
        if (record.type() == EventType.NOTE_EDITED)
            details.put("noteLength", note == null ? 0 : note.toString().length());
        details.put(SEQ, record.seq());
        return Optional.of(HistoryEntry.by(
                actor(data.get(ACTOR)), record.at(), record.type().wireName(), cause(record.type(), data), details));
    }

    private static Optional<String> cause(EventType type, Map<String, Object> data) {
        Object cause = switch (type) {
            case STATUS_CHANGED, CONVERSATION_CLOSED -> data.get(CAUSE);
            case OPERATOR_ASSIGNED -> data.get(RULE);
            case TRANSCRIPT_STATE_CHANGED -> data.get(STATE);
            default -> null;
        };
        return Optional.ofNullable(cause).map(Object::toString);
    }

    private static Actor actor(Object value) {
        if (!(value instanceof Map<?, ?> actor)) return Actor.system();
        Actor.Kind kind = Actor.Kind.valueOf(String.valueOf(actor.get("kind")));
        String name = String.valueOf(actor.get("name"));
        return switch (kind) {
            case USER -> Actor.user(UserId.of(String.valueOf(actor.get("id"))), name);
            case VISITOR -> Actor.visitor("visitor");
            case SYSTEM -> Actor.system();
        };
    }
}
