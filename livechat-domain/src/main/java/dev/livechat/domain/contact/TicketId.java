package dev.livechat.domain.contact;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a helpdesk ticket. */
public record TicketId(String value) {
    public TicketId {
        value = Require.id("ticketId", value);
    }

    public static TicketId of(String value) {
        return new TicketId(value);
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
