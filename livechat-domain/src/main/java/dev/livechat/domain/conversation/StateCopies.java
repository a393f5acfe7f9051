package dev.livechat.domain.conversation;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
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
        Draft d = new Draft(s);
        d.participants = participants;
        return d.build();
    }

    static ConversationState withMessages(ConversationState s, MessageStats messages) {
        Draft d = new Draft(s);
        d.messages = messages;
        return d.build();
    }

    static ConversationState withAssignment(ConversationState s, Assignment assignment) {
        Draft d = new Draft(s);
        d.assignment = assignment;
        return d.build();
    }

    static ConversationState withNote(ConversationState s, Optional<Note> note) {
        Draft d = new Draft(s);
        d.note = note;
        return d.build();
    }

    static ConversationState withTags(ConversationState s, Set<TagName> tags) {
        Draft d = new Draft(s);
        d.tags = tags;
        return d.build();
    }

    static ConversationState withExpertise(ConversationState s, Set<ExpertiseName> expertise) {
        Draft d = new Draft(s);
        d.expertise = expertise;
        return d.build();
    }

    static ConversationState withEventSeq(ConversationState s, long lastEventSeq) {
        Draft d = new Draft(s);
        d.lastEventSeq = lastEventSeq;
        return d.build();
    }

    /** A new open status; entering LOOKING_FOR_HELP records since when (the join race is judged against it). */
    static ConversationState withStatus(
            ConversationState s, Optional<ConversationStatus> next, Instant at, StatusTransition transition) {
        Draft d = new Draft(s);
        d.status = next;
        d.statusSince = at;
        if (next.equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP))) d.helpRequestedAt = Optional.of(at);
        d.appendHistory(transition);
        return d.build();
    }

    static ConversationState closed(
            ConversationState s, Instant at, Outcome outcome, CloseCause cause, StatusTransition transition) {
        Draft d = new Draft(s);
        d.status = Optional.empty();
        d.statusSince = at;
        d.closedAt = Optional.of(at);
        d.outcome = Optional.of(outcome);
        d.closeCause = Optional.of(cause);
        d.appendHistory(transition);
        return d.build();
    }

    /** The same state at the version storage now holds. */
    static ConversationState atVersion(ConversationState s, long version) {
        Draft d = new Draft(s);
        d.version = version;
        return d.build();
    }

    /** A working copy: the record's components, changed one or two at a time, then checked again by build(). */
    private static final class Draft {
        final ConversationId id;
        final ChannelId channel;
        final Visitor visitor;
        final Optional<LanguageTag> language;
        final Optional<CountryCode> country;
        final List<ChatbotAnswer> chatbotAnswers;
        Set<ExpertiseName> expertise;
        Set<TagName> tags;
        Optional<Note> note;
        final Instant startedAt;
        Optional<ConversationStatus> status;
        Instant statusSince;
        Optional<Instant> helpRequestedAt;
        Optional<Instant> closedAt;
        Optional<Outcome> outcome;
        Optional<CloseCause> closeCause;
        Participants participants;
        Assignment assignment;
        MessageStats messages;
        List<StatusTransition> history;
        long lastEventSeq;
        long version;

        Draft(ConversationState s) {
            id = s.id();
            channel = s.channel();
            visitor = s.visitor();
            language = s.language();
            country = s.country();
            chatbotAnswers = s.chatbotAnswers();
            expertise = s.expertise();
            tags = s.tags();
            note = s.note();
            startedAt = s.startedAt();
            status = s.status();
            statusSince = s.statusSince();
            helpRequestedAt = s.helpRequestedAt();
            closedAt = s.closedAt();
            outcome = s.outcome();
            closeCause = s.closeCause();
            participants = s.participants();
            assignment = s.assignment();
            messages = s.messages();
            history = s.history(); // immutable: shared until a transition is added
            lastEventSeq = s.lastEventSeq();
            version = s.version();
        }

        void appendHistory(StatusTransition transition) {
            List<StatusTransition> next = new ArrayList<>(history.size() + 1);
            next.addAll(history);
            next.add(transition);
            history = List.copyOf(next);
        }

        ConversationState build() {
            return new ConversationState(
                    id,
                    channel,
                    visitor,
                    language,
                    country,
                    chatbotAnswers,
                    expertise,
                    tags,
                    note,
                    startedAt,
                    status,
                    statusSince,
                    helpRequestedAt,
                    closedAt,
                    outcome,
                    closeCause,
                    participants,
                    assignment,
                    messages,
                    history,
                    lastEventSeq,
                    version);
        }
    }
}
