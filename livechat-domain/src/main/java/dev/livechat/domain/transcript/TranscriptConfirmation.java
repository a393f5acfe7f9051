package dev.livechat.domain.transcript;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import java.net.URI;
import java.time.Instant;

/**
 * The confirmation mail, all of it: the link and the name of the service (the channel's name, set
 * by a manager). Nothing a visitor typed is here, neither a name nor a message, so the mail
 * carries no text of a stranger to an address that never asked for it.
 */
public record TranscriptConfirmation(EmailAddress to, URI link, String serviceName, Instant expiresAt) {
    public TranscriptConfirmation {
        Require.present("email", to);
        Require.present("link", link);
        serviceName = Require.text("serviceName", serviceName, 100);
        Require.present("expiresAt", expiresAt);
    }
}
