package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.EnqueueWebhookPort;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.ReadMessagesPort;
import dev.livechat.domain.port.out.SaveConversationPort;
import dev.livechat.domain.webhook.WebhookEvent;
import dev.livechat.domain.webhook.WebhookEventName;
import java.util.List;
import java.util.Optional;

/**
 * The conversation store, putting every stored conversation event that webhooks may subscribe to
 * in the webhook outbox. The save runs in the use case's unit of work, and so does the enqueue
 * right after it: the deliveries commit with the events or not at all, and a crash never loses
 * one. A conversation's events are saved under its row lock, so its deliveries are enqueued in
 * the conversation's order.
 */
public final class WebhookEnqueuingStore implements LoadConversationPort, SaveConversationPort, ReadMessagesPort {
    private final LoadConversationPort load;
    private final SaveConversationPort save;
    private final ReadMessagesPort messages;
    private final EnqueueWebhookPort outbox;

    public WebhookEnqueuingStore(
            LoadConversationPort load,
            SaveConversationPort save,
            ReadMessagesPort messages,
            EnqueueWebhookPort outbox) {
        this.load = load;
        this.save = save;
        this.messages = messages;
        this.outbox = outbox;
    }

    @Override
    public List<EventRecord> save(Conversation conversation, List<ConversationEvent> events) {
        List<EventRecord> stored = save.save(conversation, events);
        for (EventRecord record : stored) webhookEvent(record).ifPresent(outbox::enqueue);
        return stored;
    }

    /** The webhook event of a stored conversation event, when its type is one webhooks may subscribe to. */
    static Optional<WebhookEvent> webhookEvent(EventRecord record) {
        String name = record.type().wireName();
        if (!WebhookEventName.subscribable(name)) return Optional.empty();
        return Optional.of(new WebhookEvent(
                WebhookEventName.of(name), Optional.of(record.conversationId().value()), record.at(), record.data()));
    }

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return load.load(id);
    }

    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return load.loadForUpdate(id);
    }

    @Override
    public List<Message> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        return messages.messagesAfter(conversation, afterSeq, limit);
    }
}
