package dev.livechat.domain.conversation;

import static dev.livechat.domain.conversation.ConversationAction.*;
import static dev.livechat.domain.conversation.ConversationStatus.*;
import static dev.livechat.domain.conversation.Participant.Entry.*;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.*;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.outcome.OutcomeFacts;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One live chat session of one visitor in one channel: the aggregate.
 *
 * <pre>
 *            start
 *              │
 *              ▼          mark waiting            ask for help
 *        IN_PROGRESS ─────────────────▶ WAITING ─────────────────▶ LOOKING_FOR_HELP
 *           ▲  ▲  ◀── visitor message ──┘                              │
 *           │  └──────────── join / transfer / mark in progress ───────┘
 *           │
 *        any open status ── close ──▶ closed (no status, an outcome; no reopening)
 * </pre>
 *
 * The table itself is {@link StatusRules}. Every verb records a past-tense event, handed over by
 * {@link #pullEvents()}; status changes are also kept in the history. Who may call which verb is
 * {@code ConversationPermissions}'s business. Time is always passed in.
 */
public final class Conversation {
    ConversationState state; // package-private: ReadReceipts changes it too
    private final List<ConversationEvent> pending = new ArrayList<>();

    private Conversation(ConversationState state) {
        this.state = state;
    }

    /** Rebuilds a stored conversation; records no event. */
    public static Conversation restore(ConversationState state) {
        return new Conversation(state);
    }

    /**
     * Starts a conversation, with the operator the policy chose or, when none was available, with
     * none and a SYSTEM message telling the visitor so.
     */
    public static Conversation start(Opening opening, Assignment assignment, Optional<Operator> operator, Instant at) {
        if (!assignment.operator().equals(operator.map(Operator::id)))
            throw new IllegalArgumentException("the operator must be the one the assignment chose");
        Actor visitor = Actor.visitor(opening.visitor().name());
        Conversation conversation = new Conversation(ConversationState.started(opening, assignment, visitor, at));
        conversation.record(
                h -> new ConversationStarted(
                        h, opening.language(), opening.country(), opening.expertise(), visitor.name()),
                visitor,
                at);
        if (operator.isPresent()) conversation.admit(operator.get(), assignment.rule(), at);
        else
            conversation.postSystemMessage(
                    "No operator is available right now. You will be connected to the next one who is free.", at);
        return conversation;
    }

    /** A visitor message; it turns WAITING_FOR_CUSTOMER back to IN_PROGRESS. */
    public Message postVisitorMessage(MessageBody body, Instant at) {
        Optional<ConversationStatus> next = StatusRules.after(state.id(), state.status(), POST_VISITOR_MESSAGE);
        Actor visitor = Actor.visitor(state.opening().visitor().name());
        var counted = state.messages().afterVisitor(at, state.participants().anyPresent());
        Message message = post(AuthorKind.VISITOR, visitor, body, at, counted);
        moveTo(next, visitor, "visitor replied", at);
        return message;
    }

    /** A message by an operator taking part; changes no status. */
    public Message postOperatorMessage(Operator author, MessageBody body, Instant at) {
        StatusRules.after(state.id(), state.status(), POST_OPERATOR_MESSAGE);
        Actor operator = Actor.user(author.id(), author.name());
        return post(AuthorKind.OPERATOR, operator, body, at, state.messages().afterOperator(at));
    }

    /** Sets a status by hand: IN_PROGRESS, WAITING_FOR_CUSTOMER or LOOKING_FOR_HELP. Same status: nothing changes. */
    public void changeStatus(ConversationStatus target, Actor by, Instant at) {
        ConversationAction action = switch (target) {
            case IN_PROGRESS -> MARK_IN_PROGRESS;
            case WAITING_FOR_CUSTOMER -> MARK_WAITING_FOR_CUSTOMER;
            case LOOKING_FOR_HELP -> ASK_FOR_HELP;
        };
        moveTo(StatusRules.after(state.id(), state.status(), action), by, "set by hand", at);
    }

    public void markInProgress(Actor by, Instant at) {
        changeStatus(IN_PROGRESS, by, at);
    }

    public void markWaitingForCustomer(Actor by, Instant at) {
        changeStatus(WAITING_FOR_CUSTOMER, by, at);
    }

    public void askForHelp(Actor by, Instant at) {
        changeStatus(LOOKING_FOR_HELP, by, at);
    }

    /**
     * A live chat user who does not take part yet joins a conversation that is looking for help.
     * Anything else is refused with the reason and, when someone joined first, who.
     */
    public void join(Operator joiner, Instant at) {
        if (!state.status().equals(Optional.of(LOOKING_FOR_HELP))) throw JoinRefusedException.of(state);
        if (state.participants().takesPart(joiner.id()))
            throw new StateConflictException(joiner.name() + " already takes part in conversation " + state.id()
                    + ". Current status: LOOKING_FOR_HELP");
        Optional<ConversationStatus> next = StatusRules.after(state.id(), state.status(), JOIN);
        Actor actor = Actor.user(joiner.id(), joiner.name());
        state = state.withParticipants(state.participants().enter(joiner, JOINED, at));
        record(h -> new OperatorJoined(h, joiner.id(), joiner.name()), actor, at);
        moveTo(next, actor, "joined", at);
        postSystemMessage(joiner.name() + " joined the conversation", at);
    }

    /**
     * An operator taking part forwards the conversation to another live chat user, who becomes a
     * participant; the first may stay or leave.
     */
    public void transfer(Operator from, Operator to, boolean leave, Instant at) {
        if (!to.hasLivechatAccess())
            throw new InvalidValueException("operatorId", to.name() + " (" + to.id() + ") has no live chat access");
        Optional<ConversationStatus> next = StatusRules.after(state.id(), state.status(), TRANSFER);
        if (from.id().equals(to.id())) throw new InvalidValueException("operatorId", "cannot transfer to oneself");
        if (state.participants().takesPart(to.id()))
            throw new InvalidValueException(
                    "operatorId", to.name() + " already takes part in conversation " + state.id());
        Actor actor = Actor.user(from.id(), from.name());
        state = state.withParticipants(state.participants().enter(to, TRANSFERRED, at));
        if (leave) state = state.withParticipants(state.participants().leave(from.id(), at));
        record(h -> new ConversationTransferred(h, from.id(), to.id(), to.name(), leave), actor, at);
        moveTo(next, actor, "transferred to " + to.name(), at);
        postSystemMessage(from.name() + " transferred the conversation to " + to.name(), at);
    }

    /** Gives a conversation that waits for an operator the one the policy chose, now that one is free. */
    public void assignWaiting(Operator operator, Assignment assignment, Instant at) {
        StatusRules.after(state.id(), state.status(), TRANSFER); // refuses a closed conversation
        if (!state.waitingForOperator())
            throw new StateConflictException("Conversation " + state.id() + " already has an operator");
        if (!assignment.operator().equals(Optional.of(operator.id())))
            throw new IllegalArgumentException("the operator must be the one the assignment chose");
        state = state.withAssignment(assignment);
        admit(operator, assignment.rule(), at);
        postSystemMessage(operator.name() + " joined the conversation", at);
    }

    /** An operator taking part closes, or the visitor leaves: the cause follows from who. */
    public void close(Actor by, OutcomePolicy policy, Instant at) {
        close(by, by.kind() == Actor.Kind.VISITOR ? CloseCause.VISITOR_LEFT : CloseCause.OPERATOR, policy, at);
    }

    /**
     * The system closes a conversation nobody wrote in since the cutoff. Judged on this state, not
     * on the query that found it: a message may have arrived since. False when it stays as it is.
     */
    public boolean closeIfInactiveSince(Instant cutoff, OutcomePolicy policy, Instant at) {
        if (state.closed() || !state.lastActivityAt().isBefore(cutoff)) return false;
        close(Actor.system(), CloseCause.INACTIVITY, policy, at);
        return true;
    }

    /** Closes: records the time, clears the status, computes the outcome once. No reopening. */
    public void close(Actor by, CloseCause cause, OutcomePolicy policy, Instant at) {
        Optional<ConversationStatus> before = state.status();
        StatusRules.after(state.id(), before, CLOSE);
        Lifecycle.Open open = (Lifecycle.Open) state.lifecycle();
        var outcome = policy.decide(new OutcomeFacts(
                state.participants(), state.messages(), cause, state.opening().startedAt(), at));
        var transition = new StatusTransition(at, by, before, Optional.empty(), cause.name());
        state = state.withLifecycle(open.close(at, cause, outcome), transition);
        if (open.current() == LOOKING_FOR_HELP) record(h -> new HelpQueueChanged(h, false), by, at);
        record(h -> new ConversationClosed(h, before, cause, outcome), by, at);
    }

    /** The panel's note; like tags and expertise, editable open or closed (they serve reporting). */
    public void editNote(String text, Operator editor, Instant at) {
        Note note = new Note(text, editor.id(), editor.name(), at);
        state = state.withAnnotations(state.annotations().withNote(note));
        record(h -> new NoteEdited(h, text), Actor.user(editor.id(), editor.name()), at);
    }

    /** Adds a tag; adding one it has already changes nothing. */
    public void addTag(TagName tag, Actor by, Instant at) {
        retag(state.annotations().tagged(tag), by, at);
    }

    /** Removes a tag; removing one it does not have changes nothing. */
    public void removeTag(TagName tag, Actor by, Instant at) {
        retag(state.annotations().untagged(tag), by, at);
    }

    private void retag(Annotations next, Actor by, Instant at) {
        if (next.equals(state.annotations())) return;
        state = state.withAnnotations(next);
        record(h -> new TagsChanged(h, next.tags()), by, at);
    }

    public void setExpertise(Set<ExpertiseName> expertise, Actor by, Instant at) {
        if (state.annotations().expertise().equals(expertise)) return;
        state = state.withAnnotations(state.annotations().withExpertise(expertise));
        record(h -> new ExpertiseChanged(h, Set.copyOf(expertise)), by, at);
    }

    /** A transcript can be sent once the conversation is closed; each request and delivery is kept in the history. */
    public void recordTranscript(
            TranscriptRequestId request, TranscriptState to, Optional<String> detail, Actor by, Instant at) {
        requireClosedForTranscript();
        record(h -> new TranscriptStateChanged(h, request, to, detail), by, at);
    }

    public void requireClosedForTranscript() {
        if (!state.closed())
            throw new StateConflictException("Conversation " + state.id()
                    + " is still open: its transcript can be sent once it is closed. Current status: "
                    + state.status().get());
    }

    public ConversationState state() {
        return state;
    }

    public ConversationId id() {
        return state.id();
    }

    public boolean takesPart(UserId user) {
        return state.participants().takesPart(user);
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

    private void admit(Operator operator, AssignmentRule rule, Instant at) {
        state = state.withParticipants(state.participants().enter(operator, ASSIGNED, at));
        record(h -> new OperatorAssigned(h, operator.id(), operator.name(), rule), Actor.system(), at);
    }

    private void postSystemMessage(String text, Instant at) {
        MessageStats counted = state.messages().afterSystem(at);
        post(AuthorKind.SYSTEM, Actor.system(), MessageBody.of(text), at, counted);
    }

    /** Appends to the log (never loaded: the next number is in the stats) and counts it. */
    private Message post(AuthorKind kind, Actor author, MessageBody body, Instant at, MessageStats counted) {
        long seq = state.messages().lastSeq() + 1;
        Message message = new Message(state.id(), seq, kind, author.user(), author.name(), body, at);
        state = state.withMessages(counted);
        record(h -> new MessagePosted(h, message), author, at);
        return message;
    }

    private void moveTo(Optional<ConversationStatus> next, Actor by, String cause, Instant at) {
        Optional<ConversationStatus> before = state.status();
        if (next.equals(before)) return;
        Lifecycle.Open open = (Lifecycle.Open) state.lifecycle(); // StatusRules refused a closed one
        var transition = new StatusTransition(at, by, before, next, cause);
        state = state.withLifecycle(open.moveTo(next.get(), at), transition);
        record(h -> new StatusChanged(h, before, next, cause), by, at);
        boolean wasInQueue = open.current() == LOOKING_FOR_HELP;
        boolean inQueue = next.get() == LOOKING_FOR_HELP;
        if (wasInQueue != inQueue) record(h -> new HelpQueueChanged(h, inQueue), by, at);
    }

    void record(Function<EventHeader, ConversationEvent> event, Actor actor, Instant at) {
        long seq = state.revision().lastEventSeq() + 1;
        pending.add(event.apply(new EventHeader(state.id(), state.opening().channel(), seq, at, actor)));
        state = state.withRevision(state.revision().afterEvent(seq));
    }
}
