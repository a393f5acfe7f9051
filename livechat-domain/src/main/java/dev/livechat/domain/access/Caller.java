package dev.livechat.domain.access;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.Operator;

/**
 * Who calls a use case, as an adapter authenticated them: the visitor of one conversation, an
 * internal user, or the service itself (workers, the inactivity closer).
 */
public sealed interface Caller {
    /** A visitor; its token grants this one conversation only. */
    record Visitor(ConversationId conversation) implements Caller {}

    /** An internal user: operator, manager, or a user without live chat access. */
    record User(Operator user) implements Caller {}

    /** The service itself. */
    record System() implements Caller {}

    static Caller visitor(ConversationId conversation) {
        return new Visitor(conversation);
    }

    static Caller user(Operator user) {
        return new User(user);
    }

    static Caller system() {
        return new System();
    }

    default String describe() {
        if (this instanceof User u)
            return u.user().name() + " (" + u.user().id() + ", " + u.user().role() + ")";
        if (this instanceof Visitor v) return "the visitor of conversation " + v.conversation();
        return "the system";
    }

    static Actor actorOf(Operator user) {
        return Actor.user(user.id(), user.name());
    }
}
