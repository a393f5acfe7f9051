package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.*;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.port.in.SignalTypingCommand;
import dev.livechat.domain.port.in.SignalTypingUseCase;
import dev.livechat.domain.port.out.TypingSignalsPort;
import dev.livechat.domain.typing.TypingBoard;
import dev.livechat.domain.typing.TypingNotice;
import java.time.Clock;

/**
 * Typing indicators. A signal reads the conversation (who may, whether it is open) without taking
 * its lock and writes nothing: typing never competes with messages for the conversation.
 */
public final class TypingService implements SignalTypingUseCase {
    private final ConversationWork work;
    private final TypingSignalsPort signals;
    private final TypingBoard board;
    private final Clock clock;

    public TypingService(ConversationWork work, TypingSignalsPort signals, TypingBoard board, Clock clock) {
        this.work = work;
        this.signals = signals;
        this.board = board;
        this.clock = clock;
    }

    @Override
    public void signalTyping(SignalTypingCommand command) {
        ConversationState state = work.load(command.conversation()).state();
        Actor author = visitorOrParticipant(state, command.caller(), "signal typing");
        if (state.closed())
            throw new StateConflictException(
                    "Conversation " + state.id() + " is closed: nobody types in it any more. Current status: closed");
        TypingNotice notice = new TypingNotice(
                state.id(),
                state.opening().channel(),
                ReadReceiptService.sideOf(state, command.caller()),
                author,
                command.typing(),
                clock.instant());
        board.accept(notice).ifPresent(signals::everywhere);
    }

    @Override
    public void typingElsewhere(TypingNotice notice) {
        board.observe(notice);
        signals.here(notice);
    }

    @Override
    public void sweepTyping() {
        TypingBoard.Sweep sweep = board.sweep(clock.instant());
        sweep.heldStops().forEach(signals::everywhere);
        sweep.lapsed().forEach(signals::here);
    }
}
