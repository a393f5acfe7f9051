package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.*;
import dev.livechat.domain.typing.TypingNotice;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Every storage port of the domain over one database (embedded H2 or PostgreSQL), with Hibernate,
 * Flyway and HikariCP, as narrow adapters, one per concern ({@link #conversations()},
 * {@link #operators()}, {@link #catalogue()}, {@link #contacts()}, …), and the set of them for the
 * domain ({@link #ports()}). Each call is one transaction, or joins the use case's unit of work.
 * Lost races surface as {@link dev.livechat.domain.error.ConcurrentUpdateException}, an unreachable
 * database as {@link dev.livechat.domain.error.DependencyUnavailableException}; nothing of JPA
 * leaves the adapters.
 *
 * <pre>{@code
 * try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dataDir))) {
 *     LiveChat chat = LiveChat.builder().storage(storage.ports()).mailer(mailer).build();
 * }
 * }</pre>
 */
public final class JpaStorage implements AutoCloseable {

    private final Database db;

    private final DatabaseSettings settings;
    private final EventNotifications notifications;
    private final JpaConversations conversations;
    private final JpaConversationQueries queries;
    private final JpaOperators operators;
    private final JpaCatalogue catalogue;
    private final JpaCannedResponses cannedResponses;
    private final JpaContacts contacts;
    private final JpaTickets tickets;
    private final JpaTranscriptRequests transcripts;
    private final JpaAttachments attachments;
    private final JpaOfflineMessages offlineMessages;
    private final JpaWebhooks webhooks;
    private final JpaReports reports;
    private final JpaRetention retention;
    private final JpaHistory history;
    private final JpaPeople people;
    private final JpaTransactions units;
    private final TypingRelay typing;

    /** Opens the database ({@link Database#open}: migrated, Hibernate perhaps still booting) and the adapters over it. */
    private JpaStorage(DatabaseSettings settings, boolean statistics, Duration channelsKept, LongSupplier ticker) {
        this.db = Database.open(settings, statistics);
        this.settings = settings;
        ChannelCache channels = new ChannelCache(channelsKept);
        this.notifications = new EventNotifications(settings, db.origin());
        this.conversations = new JpaConversations(db);
        this.queries = new JpaConversationQueries(db);
        this.operators = new JpaOperators(db);
        this.catalogue = new JpaCatalogue(db, channels);
        this.cannedResponses = new JpaCannedResponses(db);
        this.contacts = new JpaContacts(db);
        this.tickets = new JpaTickets(db);
        this.transcripts = new JpaTranscriptRequests(db);
        this.attachments = new JpaAttachments(db, java.time.Clock.systemUTC());
        this.offlineMessages = new JpaOfflineMessages(db);
        this.webhooks = new JpaWebhooks(db, ticker);
        this.reports = new JpaReports(db);
        this.retention = new JpaRetention(db);
        this.history = new JpaHistory(db);
        this.people = new JpaPeople(db);
        this.units = new JpaTransactions(db);
        this.typing = new TypingRelay(db);
    }

    /** Migrates the schema (Flyway) and opens the pool and Hibernate; ready when it returns. */
    public static JpaStorage open(DatabaseSettings settings) {
        return open(settings, System::nanoTime);
    }

    /**
     * As {@link #open}, but returns once the schema is migrated, while Hibernate's boot may still run
     * on a thread of its own, so that the caller starts the rest of its own (an HTTP server, say)
     * meanwhile. Every call waits for the boot; {@link #awaitReady} says when it is done.
     */
    public static JpaStorage openWhileBooting(DatabaseSettings settings) {
        return new JpaStorage(settings, false, ChannelCache.TIME_TO_LIVE, System::nanoTime);
    }

    /** Waits until the storage can serve (Hibernate booted); if the boot failed, closes it and throws why. */
    public JpaStorage awaitReady() {
        try {
            db.awaitReady();
            return this;
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** As {@link #open}, with the ticker (nanoseconds) that ages what it remembers of webhook subscriptions: for tests. */
    static JpaStorage open(DatabaseSettings settings, LongSupplier ticker) {
        return new JpaStorage(settings, false, ChannelCache.TIME_TO_LIVE, ticker).awaitReady();
    }

    /** As {@link #open}, counting statements for {@link #preparedStatements()}. */
    static JpaStorage openWithStatistics(DatabaseSettings settings) {
        // statement counts must not depend on how long a test takes: channels and subscriptions stay cached
        return new JpaStorage(settings, true, Duration.ofHours(1), () -> 0L).awaitReady();
    }

    /** Whether the database answers a cheap query within a short timeout (for /health); false while Hibernate still boots. */
    public boolean healthy() {
        return db.healthy();
    }

    /**
     * Measures the connection pool ({@code hikaricp_connections_active}, {@code _pending},
     * {@code _acquire_seconds}, …, tagged {@code pool="livechat"}) in the registry. Call once, after
     * {@link #open}.
     */
    public void bindMetrics(MeterRegistry registry) {
        db.bindMetrics(java.util.Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Calls the action when another process appended events (on PostgreSQL, through LISTEN/NOTIFY,
     * on a connection of its own); this process's own appends are known to it already. On the
     * embedded database one process owns the file, so there is nothing to listen to.
     */
    public void onEventsAppendedElsewhere(Runnable action) {
        if (settings.postgres()) notifications.onAppended(action);
    }

    /**
     * Tells the other instances on this database of a typing notice (PostgreSQL NOTIFY with the
     * notice as payload; nothing is stored). On the embedded database one process owns the file, so
     * there is nobody to tell.
     */
    public void announceTyping(TypingNotice notice) {
        if (settings.postgres()) typing.announce(notice);
    }

    /** Calls the action with each typing notice another instance announced (PostgreSQL only). */
    public void onTypingElsewhere(Consumer<TypingNotice> action) {
        if (settings.postgres()) typing.listen(notifications, action);
    }

    /** Closes Hibernate and the pool; an embedded H2 database closes with its last connection. */
    @Override
    public void close() {
        try {
            notifications.close();
        } finally {
            db.close();
        }
    }

    /** The database, for the statement counts of tests (counted only when opened by {@link #openWithStatistics}). */
    Database database() {
        return db;
    }

    // ---- the adapters ----

    /** The whole set, with the database's units of work, for {@code LiveChat.builder().storage(…)}. */
    public Storage ports() {
        return new Storage(
                Storage.Conversations.of(conversations, queries),
                Storage.Operators.of(operators),
                Storage.Catalogue.of(catalogue, cannedResponses),
                contacts,
                tickets,
                transcripts,
                reports,
                units);
    }

    /** Offline messages and their mails' outbox, for {@code LiveChat.builder().offlineMessages(…)}. */
    public JpaOfflineMessages offlineMessages() {
        return offlineMessages;
    }

    public JpaConversations conversations() {
        return conversations;
    }

    public JpaConversationQueries queries() {
        return queries;
    }

    /** The event stream (kept with the conversation queries), for the event streams of the REST adapter. */
    public ReadEventsPort events() {
        return queries;
    }

    public JpaOperators operators() {
        return operators;
    }

    public JpaCatalogue catalogue() {
        return catalogue;
    }

    public JpaCannedResponses cannedResponses() {
        return cannedResponses;
    }

    public JpaContacts contacts() {
        return contacts;
    }

    public JpaTickets tickets() {
        return tickets;
    }

    public JpaTranscriptRequests transcripts() {
        return transcripts;
    }

    /**
     * What is known of attachments, for {@code LiveChat.builder().attachments(…, bytes)}: kept with the
     * conversations, so that an attachment commits with its message; the bytes go to a store of their own.
     */
    public JpaAttachments attachments() {
        return attachments;
    }

    /**
     * The webhook subscriptions and outbox: hand them to {@code dev.livechat.domain.Webhooks}, whose
     * enqueue joins the conversation saves' transactions of this storage.
     */
    public JpaWebhooks webhooks() {
        return webhooks;
    }

    public JpaReports reports() {
        return reports;
    }

    /** Erases the text of conversations past the retention period, for the domain's {@code RetentionService}. */
    public JpaRetention retention() {
        return retention;
    }

    /** Conversations' histories, kept as long as the conversations (the event log is trimmed). */
    public ConversationHistoryPort history() {
        return history;
    }

    /** Who finds a person's conversations, addresses and contacts, for {@code LiveChat.builder().personalData(…)}. */
    public FindPersonPort people() {
        return people;
    }

    /** Every store of this database that holds personal data ({@link PersonalStores}), for {@code LiveChat.builder().personalData(…)}. */
    public java.util.List<PersonalDataPort> personalData() {
        return PersonalStores.of(db);
    }

    /** How use cases run as units of work on this database. */
    public JpaTransactions units() {
        return units;
    }

    // ---- upkeep ----

    /**
     * Forgets events that occurred before the cutoff, at most {@code max} of them: the event log is
     * kept for the resume window of event streams, not forever (messages and conversations stay).
     * Answers how many were forgotten; call again while it answers {@code max}.
     */
    public int forgetEventsBefore(Instant cutoff, int max) {
        return db.transaction(s -> EventLog.forgetBefore(s, cutoff, max));
    }

    /** Gives the embedded H2 file's unused space back, working at most {@code max}; nothing on PostgreSQL. */
    public void compact(Duration max) {
        db.file().compact(max);
    }

    /**
     * For the worker, every second: a pass of at most {@code pass} once {@code period} has gone by,
     * or at once while the embedded file outgrows the passes ({@link EmbeddedFile#compactWhenDue}).
     */
    public void compactWhenDue(Duration pass, Duration period) {
        db.file().compactWhenDue(pass, period, H2Files.BEHIND_FROM_BYTES);
    }

    EmbeddedFile embeddedFile() {
        return db.file();
    }

    /** Transcript requests by state (the outbox's backlog), in one statement: for metrics. */
    public java.util.Map<String, Long> transcriptsByState() {
        return db.transaction(TranscriptRepository::countByState);
    }
}
