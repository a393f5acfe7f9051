package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * What the rules need of the message log, so that posting never loads earlier messages: the last
 * sequence number and a few counts and times.
 *
 * @param visitorMessagesWithOperator visitor messages sent while an operator was present (outcome)
 * @param replyWait whether the visitor waits for a first reply of the operator last handed it
 * @param seen how far each side has read the log
 */
public record MessageStats(
        long lastSeq,
        int visitorMessages,
        int visitorMessagesWithOperator,
        int operatorMessages,
        Optional<Instant> lastMessageAt,
        Optional<Instant> firstOperatorReplyAt,
        ReplyWait replyWait,
        SeenMarks seen) {

    public MessageStats {
        Require.present("replyWait", replyWait);
        Require.present("seen", seen);
    }

    public static MessageStats empty() {
        return new MessageStats(0, 0, 0, 0, Optional.empty(), Optional.empty(), ReplyWait.NONE, SeenMarks.NONE);
    }

    MessageStats withSeen(SeenMarks next) {
        return new MessageStats(
                lastSeq,
                visitorMessages,
                visitorMessagesWithOperator,
                operatorMessages,
                lastMessageAt,
                firstOperatorReplyAt,
                replyWait,
                next);
    }

    MessageStats afterVisitor(Instant at, boolean operatorPresent) {
        return new MessageStats(
                lastSeq + 1,
                visitorMessages + 1,
                visitorMessagesWithOperator + (operatorPresent ? 1 : 0),
                operatorMessages,
                Optional.of(at),
                firstOperatorReplyAt,
                replyWait.afterVisitor(at),
                seen);
    }

    MessageStats afterOperator(Instant at) {
        return new MessageStats(
                lastSeq + 1,
                visitorMessages,
                visitorMessagesWithOperator,
                operatorMessages + 1,
                Optional.of(at),
                firstOperatorReplyAt.or(() -> Optional.of(at)),
                replyWait.afterOperator(),
                seen);
    }

    MessageStats afterSystem(Instant at) {
        return new MessageStats(
                lastSeq + 1,
                visitorMessages,
                visitorMessagesWithOperator,
                operatorMessages,
                Optional.of(at),
                firstOperatorReplyAt,
                replyWait,
                seen);
    }

    /** Another operator takes over, or (closed) nobody: see {@link ReplyWait}. */
    MessageStats waiting(ReplyWait next) {
        return new MessageStats(
                lastSeq,
                visitorMessages,
                visitorMessagesWithOperator,
                operatorMessages,
                lastMessageAt,
                firstOperatorReplyAt,
                next,
                seen);
    }
}
