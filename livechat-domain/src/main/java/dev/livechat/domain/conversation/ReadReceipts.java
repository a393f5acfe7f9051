package dev.livechat.domain.conversation;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.event.MessagesSeen;
import java.time.Instant;

/**
 * A verb of the {@link Conversation} aggregate kept in a file of its own (the aggregate's stays
 * short): one side says it has read the log up to a message.
 */
public final class ReadReceipts {
    private ReadReceipts() {}

    /**
     * The side has read up to {@code seq}. Marks never go back: an older or equal number changes
     * nothing and records nothing. A number past the last message is refused; a closed conversation
     * may still be read.
     */
    public static void markSeen(Conversation conversation, SeenMarks.Side side, long seq, Actor by, Instant at) {
        ConversationState state = conversation.state;
        long last = state.messages().lastSeq();
        if (seq > last)
            throw new InvalidValueException(
                    "seq", "is past the last message of conversation " + state.id() + " (" + last + ")");
        SeenMarks before = state.messages().seen();
        SeenMarks after = before.advanced(side, seq);
        if (after.equals(before)) return;
        conversation.state = state.withMessages(state.messages().withSeen(after));
        conversation.record(h -> new MessagesSeen(h, side, seq), by, at);
    }
}
