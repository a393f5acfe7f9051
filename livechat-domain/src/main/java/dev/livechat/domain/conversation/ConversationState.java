package dev.livechat.domain.conversation;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a {@link Conversation} holds, as one immutable value: what storage adapters write
 * and read back ({@link Conversation#restore}), and what read models are built from. Messages are
 * not in it: they are an append-only log of their own. The aggregate changes it one part at a
 * time with the {@code with…} copies below.
 *
 * @param opening what it started with; never changes
 * @param lifecycle open with a status, or closed with an outcome
 * @param annotations the panel's note, tags and expertise
 * @param history every status change, the first and the close included
 */
public record ConversationState(
        OpeningFacts opening,
        Lifecycle lifecycle,
        Annotations annotations,
        Participants participants,
        Assignment assignment,
        MessageStats messages,
        List<StatusTransition> history,
        Revision revision) {

    public ConversationState {
        Require.present("opening", opening);
        Require.present("lifecycle", lifecycle);
        Require.present("annotations", annotations);
        Require.present("participants", participants);
        Require.present("assignment", assignment);
        Require.present("messages", messages);
        history = List.copyOf(history);
        Require.present("revision", revision);
    }

    /** A new conversation's state: IN_PROGRESS, no operator yet, nothing written. */
    static ConversationState started(Opening opening, Assignment assignment, Actor visitor, Instant at) {
        Lifecycle.Open first = Lifecycle.Open.startedAt(at);
        return new ConversationState(
                OpeningFacts.of(opening, at),
                first,
                Annotations.startingWith(opening.expertise()),
                Participants.none(),
                assignment,
                MessageStats.empty(),
                List.of(new StatusTransition(at, visitor, Optional.empty(), first.status(), "started")),
                Revision.NEW);
    }

    public ConversationId id() {
        return opening.id();
    }

    /** The status of an open conversation; a closed one has none. */
    public Optional<ConversationStatus> status() {
        return lifecycle.status();
    }

    public boolean closed() {
        return lifecycle.closed();
    }

    /** The version storage last saw (0 for a new conversation). */
    public long version() {
        return revision.version();
    }

    /** Open and no operator present: the conversation waits for the next available one. */
    public boolean waitingForOperator() {
        return !closed() && !participants.anyPresent();
    }

    /** Whether the visitor waits for a first reply of the operator last handed it, and since when. */
    public ReplyWait replyWait() {
        return messages.replyWait();
    }

    /** The visitor's rating, once given. */
    public Optional<Rating> rating() {
        return annotations.rating();
    }

    /** The last time anything was written: for closing on inactivity. */
    public Instant lastActivityAt() {
        Instant startedAt = opening.startedAt();
        return messages.lastMessageAt().filter(t -> t.isAfter(startedAt)).orElse(startedAt);
    }

    ConversationState withLifecycle(Lifecycle next, StatusTransition transition) {
        List<StatusTransition> longer = new ArrayList<>(history.size() + 1);
        longer.addAll(history);
        longer.add(transition);
        return new ConversationState(opening, next, annotations, participants, assignment, messages, longer, revision);
    }

    ConversationState withAnnotations(Annotations next) {
        return new ConversationState(opening, lifecycle, next, participants, assignment, messages, history, revision);
    }

    ConversationState withParticipants(Participants next) {
        return new ConversationState(opening, lifecycle, annotations, next, assignment, messages, history, revision);
    }

    ConversationState withAssignment(Assignment next) {
        return new ConversationState(opening, lifecycle, annotations, participants, next, messages, history, revision);
    }

    ConversationState withMessages(MessageStats next) {
        return new ConversationState(
                opening, lifecycle, annotations, participants, assignment, next, history, revision);
    }

    ConversationState withRevision(Revision next) {
        return new ConversationState(
                opening, lifecycle, annotations, participants, assignment, messages, history, next);
    }
}
