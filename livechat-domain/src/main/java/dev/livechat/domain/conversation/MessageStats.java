package dev.livechat.domain.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the rules need of the message log, so that posting never loads earlier messages: the last
 * sequence number and a few counts and times.
 *
 * @param visitorMessagesWithOperator visitor messages sent while an operator was present (outcome)
 * @param seen how far each side has read the log
 */
public record MessageStats(
        long lastSeq,
        int visitorMessages,
        int visitorMessagesWithOperator,
        int operatorMessages,
        Optional<Instant> lastMessageAt,
        Optional<Instant> firstOperatorReplyAt,
        SeenMarks seen) {

    public static MessageStats empty() {
        return new MessageStats(0, 0, 0, 0, Optional.empty(), Optional.empty(), SeenMarks.NONE);
    }

    MessageStats withSeen(SeenMarks next) {
        return new MessageStats(
                lastSeq,
                visitorMessages,
                visitorMessagesWithOperator,
                operatorMessages,
                lastMessageAt,
                firstOperatorReplyAt,
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
                seen);
    }
}
