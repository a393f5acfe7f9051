package dev.livechat.domain.service;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.ReadCache;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.ContactStore;
import dev.livechat.domain.port.out.TicketStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The two reads an operator's console repeats most, the information panel and the help queue,
 * remembered in memory ({@link ReadCache}) and forgotten by the events that change them: this
 * process's as they are published (before the writer is answered), other processes' when the
 * application says so ({@link #forgetAll}, on PostgreSQL's notification), and anything else
 * (contacts and tickets of an outside directory) within {@link ReadCache#TIME_TO_LIVE}.
 */
public final class CachedReads {
    final ReadCache<ConversationId, Panel> panels;
    final ReadCache<ConversationFilter, List<ConversationSummary>> helpQueue;

    public CachedReads(Clock clock) {
        this.panels = new ReadCache<>(clock);
        this.helpQueue = new ReadCache<>(clock);
    }

    /** Events this process stored and committed. */
    public void changed(List<EventRecord> events) {
        for (EventRecord event : events) {
            panels.forget(event.conversationId());
            if (changesOtherPanels(event)) panels.forgetAll();
            if (changesHelpQueue(event)) helpQueue.forgetAll();
        }
    }

    /** Contacts, tickets or channels changed through this process. */
    private void directoryChanged() {
        panels.forgetAll();
    }

    /** The store, telling this when the administration changes a contact. */
    public ContactStore forgettingOnWrite(ContactStore store) {
        return new ContactStore() {
            @Override
            public Optional<Contact> find(ContactId id) {
                return store.find(id);
            }

            @Override
            public void upsert(Contact contact) {
                store.upsert(contact);
                directoryChanged();
            }
        };
    }

    /** The store, telling this when the administration changes a ticket. */
    public TicketStore forgettingOnWrite(TicketStore store) {
        return new TicketStore() {
            @Override
            public List<Ticket> openTicketsOf(ContactId contact, int limit) {
                return store.openTicketsOf(contact, limit);
            }

            @Override
            public void upsert(Ticket ticket) {
                store.upsert(ticket);
                directoryChanged();
            }
        };
    }

    /** The port, telling this when the administration changes a channel (its name is on the panel). */
    public ChannelsPort forgettingOnWrite(ChannelsPort channels) {
        return new ChannelsPort() {
            @Override
            public Optional<Channel> find(ChannelId id) {
                return channels.find(id);
            }

            @Override
            public List<Channel> allChannels() {
                return channels.allChannels();
            }

            @Override
            public void save(Channel channel) {
                channels.save(channel);
                directoryChanged();
            }
        };
    }

    /** Another process wrote, or may have: nothing remembered is trusted any more. */
    public void forgetAll() {
        panels.forgetAll();
        helpQueue.forgetAll();
    }

    /** A start or a close shows in the recent conversations of the same visitor's other panels. */
    private static boolean changesOtherPanels(EventRecord event) {
        return switch (event.type()) {
            case CONVERSATION_STARTED, CONVERSATION_CLOSED -> true;
            case OPERATOR_ASSIGNED,
                    MESSAGE_POSTED,
                    MESSAGES_SEEN,
                    STATUS_CHANGED,
                    OPERATOR_JOINED,
                    CONVERSATION_TRANSFERRED,
                    HELP_QUEUE_CHANGED,
                    NOTE_EDITED,
                    TAGS_CHANGED,
                    EXPERTISE_CHANGED,
                    TRANSCRIPT_STATE_CHANGED,
                    RATING_CREATED -> false;
        };
    }

    /** Whether the event may move a conversation into or out of the queue, or change its line there. */
    private static boolean changesHelpQueue(EventRecord event) {
        return switch (event.type()) {
            case CONVERSATION_STARTED,
                    OPERATOR_ASSIGNED,
                    STATUS_CHANGED,
                    OPERATOR_JOINED,
                    CONVERSATION_TRANSFERRED,
                    CONVERSATION_CLOSED,
                    HELP_QUEUE_CHANGED,
                    EXPERTISE_CHANGED -> true;
            case MESSAGE_POSTED, MESSAGES_SEEN, NOTE_EDITED, TAGS_CHANGED, TRANSCRIPT_STATE_CHANGED, RATING_CREATED ->
                false;
        };
    }
}
