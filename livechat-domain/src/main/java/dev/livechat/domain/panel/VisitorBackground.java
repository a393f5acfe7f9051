package dev.livechat.domain.panel;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.Ticket;
import java.util.List;
import java.util.Optional;

/**
 * What the panel knows of a visitor beyond the conversation: the contact card (none for a guest),
 * their recent conversations, the contact's open tickets, and where a transcript would go.
 */
public record VisitorBackground(
        Optional<Contact> contact,
        List<RecentConversation> recentConversations,
        List<Ticket> openTickets,
        Optional<EmailAddress> transcriptEmail) {
    public VisitorBackground {
        recentConversations = List.copyOf(recentConversations);
        openTickets = List.copyOf(openTickets);
    }
}
