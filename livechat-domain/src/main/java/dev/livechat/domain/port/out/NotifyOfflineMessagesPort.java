package dev.livechat.domain.port.out;

import dev.livechat.domain.offline.OfflineMessage;

/**
 * Hears of each offline message once it is stored: the hook for an {@value #CREATED} notification
 * (a webhook, a chat room, a ticket). Called after the message is stored, on the caller's thread;
 * a failure here is logged and does not refuse the message. Connect one with
 * {@code LiveChat.builder().offlineMessageListener(…)}; by default nobody listens.
 */
public interface NotifyOfflineMessagesPort {
    String CREATED = "offline-message.created";

    NotifyOfflineMessagesPort NONE = message -> {};

    void created(OfflineMessage message);
}
