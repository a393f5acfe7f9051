package dev.livechat.domain.port.out;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptDeliveryException;

/** Delivers a transcript. Implement it over your mail system; it must not retry by itself (the worker does). */
public interface TranscriptMailer {
    void send(Transcript transcript, EmailAddress to) throws TranscriptDeliveryException;
}
