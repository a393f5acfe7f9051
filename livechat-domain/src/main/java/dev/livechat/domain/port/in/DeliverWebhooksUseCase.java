package dev.livechat.domain.port.in;

/** The webhook worker's step: send what is due. */
public interface DeliverWebhooksUseCase {
    /** Claims and tries up to {@code max} due deliveries; returns how many were tried. */
    int deliverDue(int max);
}
