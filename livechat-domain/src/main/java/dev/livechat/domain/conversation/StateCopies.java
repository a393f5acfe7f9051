package dev.livechat.domain.conversation;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Copies of a {@link ConversationState} with one part changed; the aggregate's only way to change state. */
final class StateCopies {
    private StateCopies() {}

    static ConversationState withParticipants(ConversationState s, Participants participants) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                participants,
                s.assignment(),
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withMessages(ConversationState s, MessageStats messages) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                messages,
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withAssignment(ConversationState s, Assignment assignment) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                assignment,
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withNote(ConversationState s, Optional<Note> note) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                note,
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withTags(ConversationState s, Set<TagName> tags) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                tags,
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withExpertise(ConversationState s, Set<ExpertiseName> expertise) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                expertise,
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState withEventSeq(ConversationState s, long lastEventSeq) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                s.history(),
                lastEventSeq,
                s.version());
    }

    /** A new open status; entering LOOKING_FOR_HELP records since when (the join race is judged against it). */
    static ConversationState withStatus(
            ConversationState s, Optional<ConversationStatus> next, Instant at, StatusTransition transition) {
        Optional<Instant> helpRequestedAt =
                next.equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP)) ? Optional.of(at) : s.helpRequestedAt();
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                next,
                at,
                helpRequestedAt,
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                append(s.history(), transition),
                s.lastEventSeq(),
                s.version());
    }

    static ConversationState closed(
            ConversationState s, Instant at, Outcome outcome, CloseCause cause, StatusTransition transition) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                Optional.empty(),
                at,
                s.helpRequestedAt(),
                Optional.of(at),
                Optional.of(outcome),
                Optional.of(cause),
                s.participants(),
                s.assignment(),
                s.messages(),
                append(s.history(), transition),
                s.lastEventSeq(),
                s.version());
    }

    /** The same state at the version storage now holds. */
    static ConversationState atVersion(ConversationState s, long version) {
        return new ConversationState(
                s.id(),
                s.channel(),
                s.visitor(),
                s.language(),
                s.country(),
                s.chatbotAnswers(),
                s.expertise(),
                s.tags(),
                s.note(),
                s.startedAt(),
                s.status(),
                s.statusSince(),
                s.helpRequestedAt(),
                s.closedAt(),
                s.outcome(),
                s.closeCause(),
                s.participants(),
                s.assignment(),
                s.messages(),
                s.history(),
                s.lastEventSeq(),
                version);
    }

    private static List<StatusTransition> append(List<StatusTransition> history, StatusTransition transition) {
        List<StatusTransition> next = new ArrayList<>(history);
        next.add(transition);
        return next;
    }
}
