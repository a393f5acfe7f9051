package dev.livechat.domain.port.in;

/** The worker's step: claims due requests one by one and sends them. Returns how many it handled. */
public interface DeliverTranscriptsUseCase {
    int deliverDue(int max);
}
