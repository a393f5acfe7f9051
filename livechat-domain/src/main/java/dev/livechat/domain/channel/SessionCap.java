package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;
import java.util.OptionalInt;

/** The most ongoing sessions an operator may hold in one channel, or no limit. */
public record SessionCap(OptionalInt max) {
    public static final int DEFAULT = 10;

    public SessionCap {
        Require.present("maxSessionsPerOperator", max);
        if (max.isPresent())
            Require.that(max.getAsInt() >= 1, "maxSessionsPerOperator", "must be at least 1 or null (unlimited)");
    }

    public static SessionCap of(int max) {
        return new SessionCap(OptionalInt.of(max));
    }

    public static SessionCap unlimited() {
        return new SessionCap(OptionalInt.empty());
    }

    public static SessionCap byDefault() {
        return of(DEFAULT);
    }

    public boolean allowsAnotherBeyond(int ongoingSessions) {
        return max.isEmpty() || ongoingSessions < max.getAsInt();
    }

    @Override
    public String toString() {
        return max.isEmpty() ? "unlimited" : String.valueOf(max.getAsInt());
    }
}
