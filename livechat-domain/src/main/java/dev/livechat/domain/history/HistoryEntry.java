package dev.livechat.domain.history;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a conversation's history: what happened ({@code type}, the event type's wire name, or
 * {@link #PRIVACY_ERASED}), when, who did it and why ({@code cause}: a status change's cause, an
 * assignment's rule, a close's cause), with the facts as plain values.
 *
 * <p>A visitor is named by kind only ({@code actorName} empty): the history outlives an erasure of
 * the visitor's data, so it never holds the visitor's name.
 */
public record HistoryEntry(
        Instant at,
        String type,
        Actor.Kind actorKind,
        Optional<UserId> actorId,
        Optional<String> actorName,
        Optional<String> cause,
        Map<String, Object> details) {

    /** The type of the line an erasure of a person's data leaves in each conversation it touched. */
    public static final String PRIVACY_ERASED = "privacy.erased";

    public HistoryEntry {
        Require.present("at", at);
        Require.present("type", type);
        Require.present("actorKind", actorKind);
        Require.present("actorId", actorId);
        Require.present("actorName", actorName);
        Require.present("cause", cause);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Who acted, as a history keeps it: a user by id and name, the system by name, a visitor by kind only. */
    public static HistoryEntry by(
            Actor actor, Instant at, String type, Optional<String> cause, Map<String, Object> details) {
        Optional<String> name = actor.kind() == Actor.Kind.VISITOR ? Optional.empty() : Optional.of(actor.name());
        return new HistoryEntry(at, type, actor.kind(), actor.user(), name, cause, details);
    }
}
