package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of a conversation's history: who changed the status, when, from what to what, and
 * why. {@code from} is empty at the start, {@code to} empty at the close.
 */
public record StatusTransition(
        Instant at, Actor actor, Optional<ConversationStatus> from, Optional<ConversationStatus> to, String cause) {
    public StatusTransition {
        Require.present("at", at);
        Require.present("actor", actor);
        Require.present("from", from);
        Require.present("to", to);
        Require.present("cause", cause);
    }
}
