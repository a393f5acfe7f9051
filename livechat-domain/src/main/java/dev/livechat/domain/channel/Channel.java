package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.hours.Reception;
import java.util.Optional;
import java.util.Set;

/**
 * A live chat channel ("Website support"): its cap on ongoing sessions per operator, the web
 * origins its widget may call the visitor endpoints from (none by default: no browser on another
 * site may), the secret that verifies a visitor's identity (none: no visitor can claim one), and
 * after how long an unanswered visitor is handed on to another operator (off), and how it receives
 * visitors (business hours, offline messages; none: always open).
 */
public record Channel(
        ChannelId id,
        String name,
        SessionCap cap,
        Set<Origin> allowedOrigins,
        Optional<IdentitySecret> identitySecret,
        ReassignAfter reassignAfter,
        Reception reception) {
    public static final int MAX_ORIGINS = 50;

    public Channel {
        Require.present("id", id);
        name = Require.text("name", name, 100);
        Require.present("maxSessionsPerOperator", cap);
        allowedOrigins = Set.copyOf(Require.present("allowedOrigins", allowedOrigins));
        Require.that(allowedOrigins.size() <= MAX_ORIGINS, "allowedOrigins", "at most " + MAX_ORIGINS);
        Require.present("identitySecret", identitySecret);
        Require.present("reassignAfterSeconds", reassignAfter);
        Require.present("reception", reception);
    }

    public Channel(
            ChannelId id, String name, SessionCap cap, Set<Origin> allowedOrigins, Optional<IdentitySecret> secret) {
        this(id, name, cap, allowedOrigins, secret, ReassignAfter.OFF, Reception.none());
    }

    public Channel(ChannelId id, String name, SessionCap cap) {
        this(id, name, cap, Set.of(), Optional.empty());
    }

    public boolean allows(Origin origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    public Channel revise(String newName, SessionCap newCap, Set<Origin> origins) {
        return new Channel(id, newName, newCap, origins, identitySecret, reassignAfter, reception);
    }

    /** A new secret: every hash made with the old one stops verifying at once. */
    public Channel rotateIdentitySecret(IdentitySecret secret) {
        return new Channel(id, name, cap, allowedOrigins, Optional.of(secret), reassignAfter, reception);
    }

    public Channel reassigningAfter(ReassignAfter next) {
        return new Channel(id, name, cap, allowedOrigins, identitySecret, next, reception);
    }

    /** New business hours, offline flag or address: a start from now on is judged by them. */
    public Channel receiveBy(Reception newReception) {
        return new Channel(id, name, cap, allowedOrigins, identitySecret, reassignAfter, newReception);
    }
}
