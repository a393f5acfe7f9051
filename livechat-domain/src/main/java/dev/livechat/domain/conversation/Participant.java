package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Optional;

/** An operator's part in a conversation: how they came in, since when, and when they left if they did. */
public record Participant(UserId id, String name, Entry entry, Instant since, Optional<Instant> leftAt) {
    /** How an operator came to take part. */
    public enum Entry {
        ASSIGNED,
        JOINED,
        TRANSFERRED
    }

    public Participant {
        Require.present("id", id);
        Require.present("name", name);
        Require.present("entry", entry);
        Require.present("since", since);
        Require.present("leftAt", leftAt);
    }

    public boolean present() {
        return leftAt.isEmpty();
    }

    Participant leave(Instant at) {
        return new Participant(id, name, entry, since, Optional.of(at));
    }
}
