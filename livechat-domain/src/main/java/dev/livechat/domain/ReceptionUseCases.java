package dev.livechat.domain;

import dev.livechat.domain.port.in.ChannelAvailabilityUseCase;
import dev.livechat.domain.port.in.DeliverOfflineMessagesUseCase;
import dev.livechat.domain.port.in.HandleOfflineMessagesUseCase;
import dev.livechat.domain.port.in.LeaveOfflineMessageUseCase;

/**
 * The business hours and offline message use cases of {@link LiveChat}, in a file of their own so
 * that LiveChat stays small; call them on the {@code LiveChat}.
 */
abstract class ReceptionUseCases {
    final UseCases services;

    ReceptionUseCases(UseCases services) {
        this.services = services;
    }

    /** Whether a channel takes a conversation now (anyone: a website's widget asks). */
    public ChannelAvailabilityUseCase availability() {
        return services.reception;
    }

    public LeaveOfflineMessageUseCase leaveOfflineMessage() {
        return services.offlineMessages;
    }

    public HandleOfflineMessagesUseCase offlineMessages() {
        return services.offlineMessages;
    }

    /** The outbox worker's step for offline messages' mails (the service runs it beside the transcripts'). */
    public DeliverOfflineMessagesUseCase deliverOfflineMessages() {
        return services.offlineDelivery;
    }
}
