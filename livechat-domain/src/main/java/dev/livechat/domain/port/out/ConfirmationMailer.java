package dev.livechat.domain.port.out;

import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptDeliveryException;

/**
 * Mails the link that confirms a transcript address. Called once, while the visitor waits; it must
 * not retry by itself. Its content is the {@link TranscriptConfirmation} and nothing else.
 */
public interface ConfirmationMailer {
    void sendConfirmation(TranscriptConfirmation confirmation) throws TranscriptDeliveryException;
}
