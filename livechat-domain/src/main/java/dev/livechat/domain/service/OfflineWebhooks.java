package dev.livechat.domain.service;

import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.port.out.EnqueueWebhookPort;
import dev.livechat.domain.port.out.NotifyOfflineMessagesPort;
import dev.livechat.domain.port.out.TransactionPort;
import dev.livechat.domain.webhook.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code offline-message.created} webhook deliveries of a new offline message, stored in the
 * same unit of work as the message: a message kept is a message announced, never one without the
 * other.
 */
public record OfflineWebhooks(TransactionPort transactions, EnqueueWebhookPort outbox) {
    public static final OfflineWebhooks NONE = new OfflineWebhooks(TransactionPort.NONE, EnqueueWebhookPort.NONE);

    void recordWith(OfflineMessage message, Runnable store) {
        transactions.inTransaction(() -> {
            store.run();
            outbox.enqueue(
                    WebhookEvent.standalone(NotifyOfflineMessagesPort.CREATED, message.receivedAt(), data(message)));
            return null;
        });
    }

    /** What the receiver gets: the message as the live chat users' list shows it. */
    static Map<String, Object> data(OfflineMessage message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", message.id().value());
        data.put("channelId", message.channel().value());
        data.put("name", message.name());
        data.put("email", message.email().value());
        data.put("message", message.text());
        data.put("receivedAt", message.receivedAt().toString());
        return data;
    }
}
