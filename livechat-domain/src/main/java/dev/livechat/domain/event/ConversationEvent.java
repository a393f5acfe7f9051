package dev.livechat.domain.event;

import dev.livechat.domain.conversation.ConversationId;

/**
 * Something that happened to a conversation, in the past tense. The aggregate records them; a use
 * case hands them to storage (in the same transaction as the state) and to the publisher.
 */
public sealed interface ConversationEvent
        permits ConversationStarted,
                OperatorAssigned,
                MessagePosted,
                MessagesSeen,
                StatusChanged,
                OperatorJoined,
                ConversationTransferred,
                ConversationClosed,
                HelpQueueChanged,
                NoteEdited,
                TagsChanged,
                ExpertiseChanged,
                TranscriptStateChanged,
                RatingCreated {

    EventHeader header();

    /** Which kind of event this is; its wire name is the event type of the API ("message.posted"). */
    EventType type();

    /** Whether the visitor of the conversation may see it; notes, tags, expertise and status are internal. */
    default boolean visibleToVisitor() {
        return type().visibleToVisitor();
    }

    default ConversationId conversationId() {
        return header().conversationId();
    }

    default long seq() {
        return header().seq();
    }
}
