package dev.livechat.domain.port.out;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.offline.OfflineMessageMail;
import dev.livechat.domain.transcript.TranscriptDeliveryException;

/**
 * Mails an offline message to its channel's address. As {@link TranscriptMailer}: it must not retry
 * by itself, and says with the exception whether a retry could help.
 */
public interface OfflineMessageMailer {
    void send(OfflineMessageMail mail, EmailAddress to) throws TranscriptDeliveryException;
}
