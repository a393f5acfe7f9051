package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.util.Optional;

/** Who caused a change: the visitor, a user (operator or manager), or the system itself. */
public record Actor(Kind kind, Optional<UserId> user, String name) {
    public enum Kind {
        VISITOR,
        USER,
        SYSTEM
    }

    public Actor {
        Require.present("kind", kind);
        Require.present("user", user);
        Require.present("name", name);
        if (user.isPresent() != (kind == Kind.USER))
            throw new IllegalArgumentException("only a USER actor has a user id");
    }

    public static Actor visitor(String name) {
        return new Actor(Kind.VISITOR, Optional.empty(), name);
    }

    public static Actor user(UserId id, String name) {
        return new Actor(Kind.USER, Optional.of(id), name);
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, Optional.empty(), "System");
    }
}
