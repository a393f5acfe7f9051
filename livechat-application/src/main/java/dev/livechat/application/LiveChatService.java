package dev.livechat.application;

import dev.livechat.adapter.mail.EmlOutboxPersonalData;
import dev.livechat.adapter.mail.MailAdapter;
import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.adapter.persistence.FileAttachmentStore;
import dev.livechat.adapter.persistence.JpaStorage;
import dev.livechat.adapter.persistence.JpaWebhooks;
import dev.livechat.adapter.rest.RestApi;
import dev.livechat.adapter.rest.RestSettings;
import dev.livechat.adapter.rest.Telemetry;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.Webhooks;
import dev.livechat.domain.port.in.ApplyRetentionUseCase;
import dev.livechat.domain.service.RetentionService;
import dev.livechat.domain.transcript.ConfirmationLinks;
import dev.livechat.domain.webhook.WebhookRetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service, assembled: storage, mail and HTTP adapters around the domain, plus the workers.
 * The only place that knows every module.
 */
public final class LiveChatService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveChatService.class);
    private static final int EVENT_BATCH = 5_000;
    /**
     * At most this long every 10 s is spent compacting the embedded file, in steps of a few tens of
     * milliseconds during which transactions wait; every second while the file is behind
     * (JpaStorage.compactWhenDue). Passes of 300 ms in steps fell behind a busy service more often.
     */
    private static final Duration COMPACTION_BUDGET = Duration.ofSeconds(1);

    private static final Duration COMPACTION_PERIOD = Duration.ofSeconds(10);

    private final Config config;
    private final JpaStorage storage;
    private final LiveChat chat;
    private final RestApi api;
    private final Workers workers;
    private final Webhooks webhooks;
    private final WebhookWorker webhookWorker;
    /** Set once start-up is done: the schema migrated and, with --demo, the demo data seeded. */
    private final AtomicBoolean startedUp = new AtomicBoolean();

    private final Optional<Metrics> metrics;
    private final Optional<ApplyRetentionUseCase> retention;

    private LiveChatService(Config config, Clock clock) {
        this.config = config;
        this.storage = openStorage(config);
        this.metrics = config.metricsToken().map(Metrics::new);
        try {
            LocalEvents events = new LocalEvents();
            TypingSignals typing = new TypingSignals(storage::announceTyping);
            // the workers exist once the domain does: a new offline message wakes them through this
            java.util.concurrent.atomic.AtomicReference<Workers> mailWorker =
                    new java.util.concurrent.atomic.AtomicReference<>();
            this.webhooks = webhooks(config, storage, clock);
            this.webhookWorker = new WebhookWorker(webhooks.deliver(), webhookIdle(config));
            FileAttachmentStore attachmentBytes =
                    new FileAttachmentStore(config.attachments().directory());
            this.chat = LiveChat.builder()
                    .storage(webhooks.enqueuingOn(storage.ports()))
                    .typingSignals(typing)
                    .offlineMessages(storage.offlineMessages())
                    .offlineMessageWebhooks(webhooks.outbox())
                    .offlineMessageListener(message -> {
                        Workers w = mailWorker.get();
                        if (w != null) w.wakeTranscripts();
                        webhookWorker.wake();
                    })
                    .history(storage.history())
                    // the database's stores of personal data, and the mail outbox's files
                    .personalData(
                            storage.people(),
                            java.util.stream.Stream.concat(
                                            storage.personalData().stream(),
                                            java.util.stream.Stream.of(EmlOutboxPersonalData.of(config.mail())))
                                    .toList())
                    .mailer(MailAdapter.mailer(config.mail(), clock))
                    .attachments(storage.attachments(), attachmentBytes)
                    .attachmentRules(config.attachments().rules())
                    .confirmationLinks(ConfirmationLinks.under(config.publicUrl(), RestApi.CONFIRMATION_PATH))
                    .publisher(events)
                    .clock(clock)
                    .build();
            this.api = new RestApi(
                    chat,
                    storage.events(),
                    () -> Map.of("database", storage.healthy()),
                    startedUp::get,
                    rest(config),
                    metrics.<Telemetry>map(m -> m).orElseGet(Telemetry::none),
                    webhooks.manage());
            metrics.ifPresent(m -> {
                storage.bindMetrics(m.registry());
                m.outbox(storage::transcriptsByState);
                m.gauge("livechat.event.streams.open", "Event streams open on this instance", api::openStreams);
                events.observe(m::published);
            });
            this.retention = config.retention()
                    .map(period -> new RetentionService(
                            storage.retention(),
                            period,
                            clock,
                            RetentionService.BATCH,
                            storage.attachments(),
                            attachmentBytes));
            this.workers = new Workers(
                    chat,
                    config.inactivityTimeout(),
                    () -> forgetOldEvents(clock),
                    this::pruneWebhookDeliveries,
                    () -> storage.compactWhenDue(COMPACTION_BUDGET, COMPACTION_PERIOD),
                    retention.map(r -> this::applyRetention));
            mailWorker.set(workers);
            events.onPublish(
                    () -> {
                        api.wake();
                        webhookWorker.wake();
                    },
                    workers::wakeTranscripts);
            typing.deliverTo(api::typing);
            storage.onTypingElsewhere(chat.typing()::typingElsewhere);
            storage.onEventsAppendedElsewhere(() -> {
                chat.changedElsewhere(); // before the streams hear of it, as for this process's writes
                api.wake();
                webhookWorker.wake();
                workers.wakeTranscripts();
            });
        } catch (RuntimeException e) {
            storage.close();
            metrics.ifPresent(Metrics::close);
            throw e;
        }
    }

    /**
     * Opens the database (migrating it), starts HTTP while Hibernate boots, bootstraps the manager if
     * asked, then answers requests and starts the workers.
     */
    public static LiveChatService start(Map<String, String> environment, boolean demo) {
        return start(Config.from(environment, demo), Clock.systemUTC());
    }

    static LiveChatService start(Config config, Clock clock) {
        StartChecks.verify(config); // before the database: migrating a new one takes seconds
        LiveChatService service = new LiveChatService(config, clock);
        try {
            // the server starts while Hibernate still boots (a restart's longest part, on a thread of
            // its own); requests wait at its gate until the storage is ready and the manager bootstrapped
            service.api.listen(config.host(), config.port());
            service.storage.awaitReady();
            config.bootstrapToken().ifPresent(service::bootstrap);
            service.api.open();
            service.workers.start();
            service.webhookWorker.start();
            if (!config.demo()) service.startedUp();
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * A token given while another manager exists was silently ignored, and every request made with
     * it answered 401: say so, and what to do. The same token on a restart is the manager's own.
     */
    private void bootstrap(String token) {
        if (chat.users().bootstrapManager(token)) return;
        if (chat.authenticate().authenticate(token).isPresent()) return;
        LOG.warn(
                "LIVECHAT_BOOTSTRAP_TOKEN ignored: {} already has a manager; use that manager's token,"
                        + " or start with an empty LIVECHAT_DATA_DIR",
                config.dbUrl().map(u -> "the database").orElse(config.dataDir().toString()));
    }

    /** {@code GET /health/ready} may answer 200 from now on (with --demo: once the data is seeded). */
    void startedUp() {
        startedUp.set(true);
    }

    public int port() {
        return api.port();
    }

    public LiveChat chat() {
        return chat;
    }

    Config config() {
        return config;
    }

    /** Graceful: stops taking requests, lets in-flight ones and running workers finish, closes the pool. */
    @Override
    public void close() {
        try {
            api.stop();
        } finally {
            try {
                workers.stop();
                webhookWorker.stop();
            } finally {
                try {
                    storage.close();
                } finally {
                    metrics.ifPresent(Metrics::close);
                }
            }
        }
    }

    /**
     * Erases the text of conversations closed longer ago than LIVECHAT_RETENTION_DAYS (the worker
     * calls it every {@link Workers#RETENTION}); answers how many, 0 when no period is set.
     */
    long applyRetention() {
        long erased = retention.map(ApplyRetentionUseCase::applyRetention).orElse(0L);
        if (erased > 0) LOG.info("Retention: erased the text of {} conversations", erased);
        return erased;
    }

    /** The event log is kept for the streams' resume window, then forgotten in bounded batches. */
    private void forgetOldEvents(Clock clock) {
        Instant cutoff = clock.instant().minus(config.eventRetention());
        int forgotten;
        do forgotten = storage.forgetEventsBefore(cutoff, EVENT_BATCH);
        while (forgotten == EVENT_BATCH);
    }

    /**
     * Deletes the webhook deliveries delivered or given up longer ago than
     * LIVECHAT_WEBHOOK_DELIVERY_RETENTION (the worker calls it every {@link Workers#DELIVERY_PRUNING}),
     * 500 a statement; answers how many. Pending ones stay.
     */
    long pruneWebhookDeliveries() {
        long pruned = webhooks.deliver().pruneDone(config.webhookDeliveryRetention());
        if (pruned > 0) LOG.debug("Pruned {} done webhook deliveries", pruned);
        return pruned;
    }

    /** Webhooks over this storage; the sender posts only where the configuration allows. */
    private static Webhooks webhooks(Config config, JpaStorage storage, Clock clock) {
        Duration first = config.webhooksFirstRetry();
        Duration max = first.compareTo(Duration.ofHours(1)) > 0 ? first : Duration.ofHours(1);
        JpaWebhooks stored = storage.webhooks();
        return new Webhooks(
                stored,
                stored,
                stored,
                new HttpWebhookSender(config.webhooksAllowPrivate(), clock),
                new WebhookRetry(first, max, Duration.ofHours(24)),
                clock);
    }

    /** The worker looks for due retries at least as often as the first retry comes due. */
    private static Duration webhookIdle(Config config) {
        Duration first = config.webhooksFirstRetry();
        return first.compareTo(Workers.IDLE_PERIOD) < 0 ? first : Workers.IDLE_PERIOD;
    }

    private static JpaStorage openStorage(Config config) {
        try {
            return JpaStorage.openWhileBooting(database(config));
        } catch (RuntimeException e) {
            throw DatabaseFailure.explain(e, config);
        }
    }

    private static DatabaseSettings database(Config config) {
        return config.dbUrl()
                .map(url -> new DatabaseSettings(url, config.dbUser(), config.dbPassword(), config.dbPoolSize()))
                .orElseGet(() -> DatabaseSettings.h2File(config.dataDir()).withMaxPoolSize(config.dbPoolSize()))
                .withConnectionTimeout(config.dbConnectionTimeout());
    }

    private static RestSettings rest(Config config) {
        // other instances' events arrive through LISTEN/NOTIFY (PostgreSQL) or are this process's own
        // (the embedded database): reading the stream is only a safety net, every 5 s when idle
        RestSettings settings = RestSettings.defaults()
                .withMaxBodyBytes(config.maxBodyBytes())
                .withEventPoll(Workers.IDLE_PERIOD)
                .withRateLimits(config.rateLimits())
                .withClientAddressHeader(config.clientAddressHeader().orElse(null));
        Optional<String> header = config.countryHeader();
        return header.isPresent() ? settings.withCountryHeader(header.get()) : settings;
    }
}
