package dev.livechat.domain.outcome;

import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.MessageStats;
import dev.livechat.domain.conversation.Participants;
import java.time.Instant;

/** What an {@link OutcomePolicy} decides on, taken from the conversation at its close. */
public record OutcomeFacts(
        Participants participants, MessageStats messages, CloseCause cause, Instant startedAt, Instant closedAt) {}
