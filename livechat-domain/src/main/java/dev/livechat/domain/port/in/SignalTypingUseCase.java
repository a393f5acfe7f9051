package dev.livechat.domain.port.in;

import dev.livechat.domain.typing.TypingNotice;

/**
 * Typing indicators: the visitor or an operator taking part says it is typing (or stopped); the
 * other side hears of it, at most once a second per author, and "typing" lapses after
 * {@link TypingNotice#LIFETIME} without renewal. The service calls the other two: a notice relayed
 * from another instance, and the sweep, about once a second.
 */
public interface SignalTypingUseCase {
    void signalTyping(SignalTypingCommand command);

    /** A notice another instance sent (PostgreSQL NOTIFY): delivered here, and known for expiry. */
    void typingElsewhere(TypingNotice notice);

    /** Sends held stops and the stops of "typing" that lapsed. */
    void sweepTyping();
}
