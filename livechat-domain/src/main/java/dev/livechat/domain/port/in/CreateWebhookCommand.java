package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.error.Require;
import java.util.List;
import java.util.Optional;

/**
 * A manager subscribes a receiver: its URL, the event names, and optionally its own secret (else
 * one is made). Values are checked by the use case, which knows whether http is allowed.
 */
public record CreateWebhookCommand(Caller caller, String url, List<String> events, Optional<String> secret) {
    public CreateWebhookCommand {
        Require.present("caller", caller);
        Require.present("events", events);
        events = List.copyOf(events);
        Require.present("secret", secret);
    }
}
