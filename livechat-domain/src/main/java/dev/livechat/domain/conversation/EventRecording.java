package dev.livechat.domain.conversation;

import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventHeader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bookkeeping of {@link Conversation}, apart from its rules: the current state, and the events
 * its verbs record, numbered in the conversation's sequence, until {@link #pullEvents()}.
 */
abstract sealed class EventRecording permits Conversation {
    ConversationState state;
    private final List<ConversationEvent> pending = new ArrayList<>();

    EventRecording(ConversationState state) {
        this.state = state;
    }

    public ConversationState state() {
        return state;
    }

    public ConversationId id() {
        return state.id();
    }

    /** Storage calls this after a save: the state now stands at the given version. */
    public void savedAtVersion(long version) {
        state = state.withRevision(state.revision().atVersion(version));
    }

    /** Hands over the events recorded since the last call, in order. */
    public List<ConversationEvent> pullEvents() {
        List<ConversationEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    void record(Function<EventHeader, ConversationEvent> event, Actor actor, Instant at) {
        long seq = state.revision().lastEventSeq() + 1;
        pending.add(event.apply(new EventHeader(state.id(), state.opening().channel(), seq, at, actor)));
        state = state.withRevision(state.revision().afterEvent(seq));
    }
}
