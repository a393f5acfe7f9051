package dev.livechat.domain.port.in;

/** The worker's step: mails up to {@code max} due offline messages, each once; returns how many it tried. */
public interface DeliverOfflineMessagesUseCase {
    int deliverDue(int max);
}
