package dev.livechat.domain.event;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns an event into plain values: what subscribers receive as {@code data}. */
final class EventData {
    private EventData() {}

    static Map<String, Object> of(ConversationEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        EventHeader h = event.header();
        data.put("conversationId", h.conversationId().value());
        data.put("channelId", h.channel().value());
        data.put("seq", h.seq());
        data.put("at", h.at().toString());
        data.put("actor", actor(h.actor()));
        if (event instanceof ConversationStarted e) {
            data.put("visitorName", e.visitorName());
            put(data, "language", e.language());
            put(data, "country", e.country());
            data.put("expertise", names(e.expertise()));
        } else if (event instanceof OperatorAssigned e) {
            data.put("operatorId", e.operator().value());
            data.put("operatorName", e.operatorName());
            data.put("rule", e.rule().name());
        } else if (event instanceof MessagePosted e) {
            data.put("message", message(e.message()));
        } else if (event instanceof StatusChanged e) {
            put(data, "from", e.from());
            put(data, "to", e.to());
            data.put("cause", e.cause());
        } else if (event instanceof OperatorJoined e) {
            data.put("operatorId", e.operator().value());
            data.put("operatorName", e.operatorName());
        } else if (event instanceof ConversationTransferred e) {
            data.put("fromOperatorId", e.from().value());
            data.put("toOperatorId", e.to().value());
            data.put("toOperatorName", e.toName());
            data.put("fromLeft", e.fromLeft());
        } else if (event instanceof ConversationClosed e) {
            put(data, "from", e.from());
            data.put("cause", e.cause().name());
            data.put("outcome", e.outcome().name());
        } else if (event instanceof HelpQueueChanged e) {
            data.put("inQueue", e.inQueue());
        } else if (event instanceof NoteEdited e) {
            data.put("note", e.note());
        } else if (event instanceof TagsChanged e) {
            data.put("tags", names(e.tags()));
        } else if (event instanceof ExpertiseChanged e) {
            data.put("expertise", names(e.expertise()));
        } else if (event instanceof TranscriptStateChanged e) {
            data.put("requestId", e.request().value());
            data.put("state", e.state().name());
            put(data, "detail", e.detail());
        }
        return data;
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

    private static List<String> names(Set<?> values) {
        return values.stream()
                .map(Object::toString)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private static void put(Map<String, Object> data, String key, Optional<?> value) {
        data.put(key, value.map(Object::toString).orElse(null));
    }
}
