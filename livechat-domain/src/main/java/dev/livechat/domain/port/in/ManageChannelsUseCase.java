package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.IdentitySecret;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.channel.ReassignAfter;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.hours.Reception;
import dev.livechat.domain.hours.ReceptionChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ManageChannelsUseCase {
    default Channel createChannel(Caller caller, String name, SessionCap cap) {
        return createChannel(caller, name, cap, Set.of());
    }

    /** A manager creates a channel; {@code allowedOrigins} are the web origins its widget may call from. */
    default Channel createChannel(Caller caller, String name, SessionCap cap, Set<Origin> allowedOrigins) {
        return createChannel(caller, name, cap, allowedOrigins, ReassignAfter.OFF, Reception.none());
    }

    /** As above, with after how long an unanswered visitor is handed on to another operator. */
    default Channel createChannel(
            Caller caller, String name, SessionCap cap, Set<Origin> allowedOrigins, ReassignAfter reassignAfter) {
        return createChannel(caller, name, cap, allowedOrigins, reassignAfter, Reception.none());
    }

    /** As above, with its business hours, offline flag and address. */
    default Channel createChannel(
            Caller caller, String name, SessionCap cap, Set<Origin> allowedOrigins, Reception reception) {
        return createChannel(caller, name, cap, allowedOrigins, ReassignAfter.OFF, reception);
    }

    /** As above, with both: the hand-on timeout and the reception. */
    Channel createChannel(
            Caller caller,
            String name,
            SessionCap cap,
            Set<Origin> allowedOrigins,
            ReassignAfter reassignAfter,
            Reception reception);

    /** A manager changes a channel; an empty value keeps what the channel has. */
    default Channel reviseChannel(
            Caller caller,
            ChannelId id,
            Optional<String> name,
            Optional<SessionCap> cap,
            Optional<Set<Origin>> allowedOrigins) {
        return reviseChannel(caller, id, name, cap, allowedOrigins, ReceptionChange.none());
    }

    /** As above, changing its reception too, in the same write. */
    Channel reviseChannel(
            Caller caller,
            ChannelId id,
            Optional<String> name,
            Optional<SessionCap> cap,
            Optional<Set<Origin>> allowedOrigins,
            Optional<ReassignAfter> reassignAfter,
            ReceptionChange reception);

    /** As above, changing the hand-on timeout (empty: kept) but not the reception. */
    default Channel reviseChannel(
            Caller caller,
            ChannelId id,
            Optional<String> name,
            Optional<SessionCap> cap,
            Optional<Set<Origin>> allowedOrigins,
            Optional<ReassignAfter> reassignAfter) {
        return reviseChannel(caller, id, name, cap, allowedOrigins, reassignAfter, ReceptionChange.none());
    }

    /** As above, changing the reception but not the hand-on timeout. */
    default Channel reviseChannel(
            Caller caller,
            ChannelId id,
            Optional<String> name,
            Optional<SessionCap> cap,
            Optional<Set<Origin>> allowedOrigins,
            ReceptionChange reception) {
        return reviseChannel(caller, id, name, cap, allowedOrigins, Optional.empty(), reception);
    }

    /**
     * A manager creates or replaces the channel's identity secret; the answer is the only place it
     * is ever shown. Hashes made with the previous secret stop verifying at once.
     */
    IdentitySecret rotateIdentitySecret(Caller caller, ChannelId id);

    /** A manager: every channel; an operator (LIVECHAT_USER): the channels it is a member of. */
    List<Channel> channels(Caller caller);
}
