package dev.livechat.domain.event;

import static dev.livechat.domain.event.EventKeys.*;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.operator.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an event into plain values: what subscribers receive as {@code data}, the header's facts
 * first, then the event's own. Each kind is mapped in one exhaustive switch; the casts are safe
 * because each record answers its own {@link EventType} (EventTypeTest holds every kind to it).
 */
final class EventData {
    private EventData() {}

    static Map<String, Object> of(ConversationEvent event) {
        Map<String, Object> data = header(event.header());
        return switch (event.type()) {
            case CONVERSATION_STARTED -> started(data, (ConversationStarted) event);
            case OPERATOR_ASSIGNED -> assigned(data, (OperatorAssigned) event);
            case MESSAGE_POSTED -> put(data, MESSAGE, message(((MessagePosted) event).message()));
            case MESSAGES_SEEN -> seen(data, (MessagesSeen) event);
            case STATUS_CHANGED -> statusChanged(data, (StatusChanged) event);
            case OPERATOR_JOINED -> joined(data, (OperatorJoined) event);
            case CONVERSATION_TRANSFERRED -> transferred(data, (ConversationTransferred) event);
            case CONVERSATION_CLOSED -> closed(data, (ConversationClosed) event);
            case HELP_QUEUE_CHANGED -> put(data, IN_QUEUE, ((HelpQueueChanged) event).inQueue());
            case NOTE_EDITED -> put(data, NOTE, ((NoteEdited) event).note());
            case TAGS_CHANGED -> put(data, TAGS, names(((TagsChanged) event).tags()));
            case EXPERTISE_CHANGED -> put(data, EXPERTISE, names(((ExpertiseChanged) event).expertise()));
            case TRANSCRIPT_STATE_CHANGED -> transcript(data, (TranscriptStateChanged) event);
            case RATING_CREATED -> rating(data, (RatingCreated) event);
        };
    }

    /**
     * The operator an event of this type and data brings into the conversation: the one assigned or
     * joining, or the target of a transfer. Read from the data, so that it holds for records read
     * back from storage as well as for those just made.
     */
    static Optional<UserId> operatorBroughtIn(EventType type, Map<String, Object> data) {
        return switch (type) {
            case OPERATOR_ASSIGNED, OPERATOR_JOINED -> userId(data.get(OPERATOR_ID));
            case CONVERSATION_TRANSFERRED -> userId(data.get(TO_OPERATOR_ID));
            case CONVERSATION_STARTED,
                    MESSAGE_POSTED,
                    MESSAGES_SEEN,
                    STATUS_CHANGED,
                    CONVERSATION_CLOSED,
                    HELP_QUEUE_CHANGED,
                    NOTE_EDITED,
                    TAGS_CHANGED,
                    EXPERTISE_CHANGED,
                    TRANSCRIPT_STATE_CHANGED,
                    RATING_CREATED -> Optional.empty();
        };
    }

    private static Map<String, Object> header(EventHeader h) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CONVERSATION_ID, h.conversationId().value());
        data.put(CHANNEL_ID, h.channel().value());
        data.put(SEQ, h.seq());
        data.put(AT, h.at().toString());
        data.put(ACTOR, actor(h.actor()));
        return data;
    }

    private static Map<String, Object> started(Map<String, Object> data, ConversationStarted e) {
        data.put(VISITOR_NAME, e.visitorName());
        put(data, LANGUAGE, e.language());
        put(data, COUNTRY, e.country());
        return put(data, EXPERTISE, names(e.expertise()));
    }

    private static Map<String, Object> assigned(Map<String, Object> data, OperatorAssigned e) {
        data.put(OPERATOR_ID, e.operator().value());
        data.put(OPERATOR_NAME, e.operatorName());
        return put(data, RULE, e.rule().name());
    }

    private static Map<String, Object> seen(Map<String, Object> data, MessagesSeen e) {
        data.put(SIDE, e.side().name());
        return put(data, SEEN_SEQ, e.seenSeq());
    }

    private static Map<String, Object> statusChanged(Map<String, Object> data, StatusChanged e) {
        put(data, FROM, e.from());
        put(data, TO, e.to());
        return put(data, CAUSE, e.cause());
    }

    private static Map<String, Object> joined(Map<String, Object> data, OperatorJoined e) {
        data.put(OPERATOR_ID, e.operator().value());
        return put(data, OPERATOR_NAME, e.operatorName());
    }

    private static Map<String, Object> transferred(Map<String, Object> data, ConversationTransferred e) {
        data.put(FROM_OPERATOR_ID, e.from().value());
        data.put(TO_OPERATOR_ID, e.to().value());
        data.put(TO_OPERATOR_NAME, e.toName());
        return put(data, FROM_LEFT, e.fromLeft());
    }

    private static Map<String, Object> closed(Map<String, Object> data, ConversationClosed e) {
        put(data, FROM, e.from());
        data.put(CAUSE, e.cause().name());
        return put(data, OUTCOME, e.outcome().name());
    }

    private static Map<String, Object> transcript(Map<String, Object> data, TranscriptStateChanged e) {
        data.put(REQUEST_ID, e.request().value());
        data.put(STATE, e.state().name());
        return put(data, DETAIL, e.detail());
    }

    private static Map<String, Object> rating(Map<String, Object> data, RatingCreated e) {
        data.put(SCORE, e.score());
        return put(data, COMMENT, e.comment());
    }

    private static Map<String, Object> actor(Actor actor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", actor.kind().name());
        actor.user().ifPresent(id -> out.put("id", id.value()));
        out.put("name", actor.name());
        return out;
    }

    static Map<String, Object> message(Message m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", m.seq());
        out.put("authorKind", m.authorKind().name());
        out.put("author", m.authorName());
        m.authorId().ifPresent(id -> out.put("authorId", id.value()));
        out.put("body", m.body().value());
        out.put("sentAt", m.sentAt().toString());
        return out;
    }

    private static Optional<UserId> userId(Object value) {
        return value instanceof String id ? Optional.of(UserId.of(id)) : Optional.empty();
    }

    private static List<String> names(Set<?> values) {
        return values.stream()
                .map(Object::toString)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private static Map<String, Object> put(Map<String, Object> data, String key, Object value) {
        data.put(
                key,
                value instanceof Optional<?> optional
                        ? optional.map(Object::toString).orElse(null)
                        : value);
        return data;
    }
}
