package dev.livechat.domain;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import dev.livechat.domain.port.in.ManageWebhooksUseCase;
import dev.livechat.domain.port.out.EnqueueWebhookPort;
import dev.livechat.domain.port.out.Storage;
import dev.livechat.domain.port.out.WebhookOutboxPort;
import dev.livechat.domain.port.out.WebhookSender;
import dev.livechat.domain.port.out.WebhooksPort;
import dev.livechat.domain.service.WebhookDeliveries;
import dev.livechat.domain.service.WebhookEnqueuingStore;
import dev.livechat.domain.service.WebhookService;
import dev.livechat.domain.webhook.WebhookRetry;
import java.time.Clock;
import java.time.Duration;

/**
 * Signed webhooks, wired beside {@link LiveChat}: the managers' use case, the delivery worker's,
 * and the storage whose conversation saves put subscribed events in the outbox.
 *
 * <pre>{@code
 * Webhooks webhooks = new Webhooks(subscriptions, outbox, enqueue, sender, WebhookRetry.byDefault(), clock);
 * LiveChat chat = LiveChat.builder().storage(webhooks.enqueuingOn(storage)).mailer(mailer).build();
 * }</pre>
 */
public final class Webhooks {
    /** How long a claimed delivery is held against other workers: well beyond a try's 10 s timeout. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final EnqueueWebhookPort enqueue;
    private final WebhookService manage;
    private final WebhookDeliveries deliveries;

    public Webhooks(
            WebhooksPort webhooks,
            WebhookOutboxPort outbox,
            EnqueueWebhookPort enqueue,
            WebhookSender sender,
            WebhookRetry retry,
            Clock clock) {
        this.enqueue = enqueue;
        this.manage = new WebhookService(webhooks, outbox, sender, clock);
        this.deliveries = new WebhookDeliveries(outbox, sender, retry, LEASE, clock);
    }

    public ManageWebhooksUseCase manage() {
        return manage;
    }

    public DeliverWebhooksUseCase deliver() {
        return deliveries;
    }

    /**
     * The outbox, for a service whose events are not conversation events (an offline message): it
     * calls {@code enqueue} inside the unit of work that stores its own change.
     */
    public EnqueueWebhookPort outbox() {
        return enqueue;
    }

    /** The storage, its conversation saves enqueuing the subscribed events in the same unit of work. */
    public Storage enqueuingOn(Storage storage) {
        Storage.Conversations c = storage.conversations();
        var store = new WebhookEnqueuingStore(c.load(), c.save(), c.messages(), enqueue);
        return new Storage(
                c.withStore(store),
                storage.operators(),
                storage.catalogue(),
                storage.contacts(),
                storage.tickets(),
                storage.transcripts(),
                storage.reports(),
                storage.transactions());
    }
}
