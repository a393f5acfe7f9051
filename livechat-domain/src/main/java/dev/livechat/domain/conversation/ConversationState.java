package dev.livechat.domain.conversation;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a {@link Conversation} holds, as one immutable value: what storage adapters write
 * and read back ({@link Conversation#restore}), and what read models are built from. Messages are
 * not in it: they are an append-only log of their own.
 *
 * @param version the optimistic-locking version storage last saw (0 for a new conversation)
 */
public record ConversationState(
        ConversationId id,
        ChannelId channel,
        Visitor visitor,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        List<ChatbotAnswer> chatbotAnswers,
        Set<ExpertiseName> expertise,
        Set<TagName> tags,
        Optional<Note> note,
        Instant startedAt,
        Optional<ConversationStatus> status,
        Instant statusSince,
        Optional<Instant> helpRequestedAt,
        Optional<Instant> closedAt,
        Optional<Outcome> outcome,
        Optional<CloseCause> closeCause,
        Participants participants,
        Assignment assignment,
        MessageStats messages,
        List<StatusTransition> history,
        long lastEventSeq,
        long version) {

    public ConversationState {
        Require.present("id", id);
        Require.present("channel", channel);
        Require.present("visitor", visitor);
        Require.present("language", language);
        Require.present("country", country);
        chatbotAnswers = List.copyOf(chatbotAnswers);
        expertise = Set.copyOf(expertise);
        tags = Set.copyOf(tags);
        Require.present("note", note);
        Require.present("startedAt", startedAt);
        Require.present("statusSince", statusSince);
        Require.present("participants", participants);
        Require.present("assignment", assignment);
        Require.present("messages", messages);
        history = List.copyOf(history);
        if (status.isPresent() == closedAt.isPresent())
            throw new IllegalArgumentException("an open conversation has a status, a closed one a close time");
        if (closedAt.isPresent() != outcome.isPresent())
            throw new IllegalArgumentException("a closed conversation, and only it, has an outcome");
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    /** Open and no operator present: the conversation waits for the next available one. */
    public boolean waitingForOperator() {
        return !closed() && !participants.anyPresent();
    }

    /** The last time anything was written: for closing on inactivity. */
    public Instant lastActivityAt() {
        return messages.lastMessageAt().filter(t -> t.isAfter(startedAt)).orElse(startedAt);
    }
}
