package dev.livechat.domain.event;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of conversation event: one per {@link ConversationEvent} record, each with its name on
 * the wire (the SSE {@code event} field, the API's documentation, the stored type column) and
 * whether the conversation's visitor may see it. Whoever maps events switches over this enum in a
 * switch expression without {@code default}, so that a new kind does not compile until each of
 * them decides what to do with it.
 */
public enum EventType {
    CONVERSATION_STARTED("conversation.started", Seen.BY_VISITOR_TOO),
    OPERATOR_ASSIGNED("operator.assigned", Seen.BY_VISITOR_TOO),
    MESSAGE_POSTED("message.posted", Seen.BY_VISITOR_TOO),
    MESSAGES_SEEN("message.seen", Seen.BY_VISITOR_TOO),
    STATUS_CHANGED("status.changed", Seen.BY_OPERATORS_ONLY),
    OPERATOR_JOINED("conversation.joined", Seen.BY_VISITOR_TOO),
    CONVERSATION_TRANSFERRED("conversation.transferred", Seen.BY_VISITOR_TOO),
    CONVERSATION_CLOSED("conversation.closed", Seen.BY_VISITOR_TOO),
    HELP_QUEUE_CHANGED("help-queue.changed", Seen.BY_OPERATORS_ONLY),
    NOTE_EDITED("note.edited", Seen.BY_OPERATORS_ONLY),
    TAGS_CHANGED("tags.changed", Seen.BY_OPERATORS_ONLY),
    EXPERTISE_CHANGED("expertise.changed", Seen.BY_OPERATORS_ONLY),
    TRANSCRIPT_STATE_CHANGED("transcript.state", Seen.BY_OPERATORS_ONLY),
    RATING_CREATED("rating.created", Seen.BY_VISITOR_TOO);

    private enum Seen {
        BY_VISITOR_TOO,
        BY_OPERATORS_ONLY
    }

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final Seen seen;

    EventType(String wireName, Seen seen) {
        this.wireName = wireName;
        this.seen = seen;
    }

    /** The type as the API names it ("message.posted"). */
    public String wireName() {
        return wireName;
    }

    /** Whether the visitor of the conversation may see it; notes, tags, expertise and status are internal. */
    public boolean visibleToVisitor() {
        return seen == Seen.BY_VISITOR_TOO;
    }

    /** The type of a wire name, as storage gives it back; an unknown name is refused. */
    public static EventType ofWireName(String wireName) {
        EventType type = BY_WIRE_NAME.get(wireName);
        if (type == null) throw new IllegalArgumentException("unknown event type '" + wireName + "'");
        return type;
    }

    /** The wire name, so that messages and logs read as the API does. */
    @Override
    public String toString() {
        return wireName;
    }
}
