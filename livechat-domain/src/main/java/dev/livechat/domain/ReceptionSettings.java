package dev.livechat.domain;

import dev.livechat.domain.port.out.EnqueueWebhookPort;
import dev.livechat.domain.port.out.NotifyOfflineMessagesPort;
import dev.livechat.domain.port.out.OfflineMessageMailer;
import dev.livechat.domain.port.out.OfflineMessagesPort;

/**
 * The offline message parts of {@link LiveChat.Builder}, in a file of their own so that LiveChat
 * stays small; call them on the builder.
 */
abstract class ReceptionSettings extends AttachmentOptions {
    OfflineMessagesPort offlineMessages = OfflineMessagesPort.NONE;
    OfflineMessageMailer offlineMailer;
    NotifyOfflineMessagesPort offlineListener = NotifyOfflineMessagesPort.NONE;
    EnqueueWebhookPort offlineWebhooks = EnqueueWebhookPort.NONE;

    /**
     * Where offline messages are kept (the persistence adapter's {@code offlineMessages()}); by
     * default none is, and a visitor's offline message is refused.
     */
    public LiveChat.Builder offlineMessages(OfflineMessagesPort messages) {
        this.offlineMessages = messages;
        return self();
    }

    /** Who mails offline messages to their channel's address; taken from the mailer when it implements it. */
    public LiveChat.Builder offlineMessageMailer(OfflineMessageMailer mailer) {
        this.offlineMailer = mailer;
        return self();
    }

    /** Told of each offline message once stored: the hook for an {@code offline-message.created} webhook. */
    public LiveChat.Builder offlineMessageListener(NotifyOfflineMessagesPort listener) {
        this.offlineListener = listener;
        return self();
    }

    /**
     * The webhook outbox ({@code Webhooks.outbox()}): each offline message's {@code
     * offline-message.created} deliveries are stored with it, in the same unit of work.
     */
    public LiveChat.Builder offlineMessageWebhooks(EnqueueWebhookPort outbox) {
        this.offlineWebhooks = outbox;
        return self();
    }

    private LiveChat.Builder self() {
        return (LiveChat.Builder) this;
    }
}
