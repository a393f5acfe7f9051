package dev.livechat.domain;

import dev.livechat.domain.port.in.AssignWaitingConversationsUseCase;
import dev.livechat.domain.port.in.CloseInactiveConversationsUseCase;
import dev.livechat.domain.port.in.DeliverTranscriptsUseCase;
import dev.livechat.domain.port.in.HandOnUnansweredUseCase;

/**
 * The part of {@link LiveChat} that the service runs by itself, on a schedule (the application's
 * workers), rather than on a caller's request: closing idle conversations, handing on unanswered
 * ones, assigning waiting ones, delivering transcripts.
 */
abstract sealed class BackgroundWork extends ReceptionUseCases permits LiveChat {
    BackgroundWork(UseCases services) {
        super(services);
    }

    public CloseInactiveConversationsUseCase closeInactive() {
        return services.inactivity;
    }

    /** The visitors left waiting too long for a first reply (a channel's {@code reassignAfterSeconds}). */
    public HandOnUnansweredUseCase handOnUnanswered() {
        return services.unanswered;
    }

    public AssignWaitingConversationsUseCase assignWaiting() {
        return services.waiting;
    }

    public DeliverTranscriptsUseCase deliverTranscripts() {
        return services.delivery;
    }
}
