package dev.livechat.domain.typing;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks.Side;
import dev.livechat.domain.error.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * "Someone is typing" (or stopped), for the other side of the conversation. Never stored and never
 * replayed: it matters for a few seconds only. A {@code typing} notice lapses at {@link #expiresAt()}
 * unless renewed, when the service says it stopped.
 *
 * @param side the side of the author; the notice is for the other one
 */
public record TypingNotice(
        ConversationId conversation, ChannelId channel, Side side, Actor author, boolean typing, Instant at) {
    /** How long "typing" holds without a renewal. */
    public static final Duration LIFETIME = Duration.ofSeconds(6);
    /** The wire name of the event, beside the stored events' {@code EventType}s. */
    public static final String EVENT = "typing";

    public TypingNotice {
        Require.present("conversationId", conversation);
        Require.present("channel", channel);
        Require.present("side", side);
        Require.present("author", author);
        Require.present("at", at);
    }

    public Instant expiresAt() {
        return at.plus(LIFETIME);
    }

    /** Who typed, as one key per conversation: the visitor, or an operator by id. */
    String authorKey() {
        return conversation.value() + "/" + author.user().map(u -> u.value()).orElse(side.name());
    }

    TypingNotice stopped(Instant when) {
        return new TypingNotice(conversation, channel, side, author, false, when);
    }
}
