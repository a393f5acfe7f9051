package dev.livechat.adapter.persistence;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.RecentConversation;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every storage port of the domain over one database (embedded H2 or PostgreSQL), with Hibernate,
 * Flyway and HikariCP. Each call is one transaction; a save stores the state, its new messages and
 * its events together or not at all. Lost races surface as
 * {@link dev.livechat.domain.error.ConcurrentUpdateException}, an unreachable database as
 * {@link dev.livechat.domain.error.DependencyUnavailableException}; nothing of JPA leaves this class.
 *
 * <pre>{@code
 * try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dataDir))) {
 *     LiveChat chat = LiveChat.builder().storage(storage).mailer(mailer).build();
 * }
 * }</pre>
 */
public final class JpaStorage
        implements LoadConversationPort,
                SaveConversationPort,
                ReadMessagesPort,
                QueryConversationsPort,
                FindCandidatesPort,
                OperatorsPort,
                CredentialsPort,
                ChannelsPort,
                TagsPort,
                ExpertisePort,
                ContactStore,
                TicketStore,
                TranscriptRequestsPort,
                ReadEventsPort,
                ReportPort,
                TransactionPort,
                AutoCloseable {

    private final Database db;
    private final ChannelCache channels;
    private final DatabaseSettings settings;
    private final EventNotifications notifications;

    private JpaStorage(Database db, ChannelCache channels, DatabaseSettings settings) {
        this.db = db;
        this.channels = channels;
        this.settings = settings;
        this.notifications = new EventNotifications(settings);
    }

    /** Migrates the schema (Flyway), then opens the pool and Hibernate, which validates the schema. */
    public static JpaStorage open(DatabaseSettings settings) {
        return new JpaStorage(Database.open(settings, false), new ChannelCache(ChannelCache.TIME_TO_LIVE), settings);
    }

    /** As {@link #open}, counting statements for {@link #preparedStatements()}. */
    static JpaStorage openWithStatistics(DatabaseSettings settings) {
        // statement counts must not depend on how long a test takes: channels stay cached
        return new JpaStorage(Database.open(settings, true), new ChannelCache(Duration.ofHours(1)), settings);
    }

    /** Whether the database answers a cheap query within a short timeout (for /health). */
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

    /** Closes Hibernate and the pool; an embedded H2 database closes with its last connection. */
    @Override
    public void close() {
        try {
            notifications.close();
        } finally {
            db.close();
        }
    }

    /** JDBC statements prepared so far; counted only when opened by {@link #openWithStatistics}. */
    long preparedStatements() {
        return db.preparedStatements();
    }

    /** Transactions so far; counted only when opened by {@link #openWithStatistics}. */
    long transactions() {
        return db.transactions();
    }

    // ---- conversations ----

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return db.transaction(s -> ConversationRepository.load(s, id));
    }

    /** Locks the row until the transaction ends: writers of one conversation queue, none fails. */
    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return db.transaction(s -> ConversationRepository.loadForUpdate(db.unit(), id));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(s -> work.get());
    }

    @Override
    public List<EventRecord> save(Conversation conversation, List<ConversationEvent> events) {
        long version = conversation.state().version();
        List<EventRecord> records = db.transaction(
                s -> ConversationRepository.save(db.unit(), conversation, events),
                () -> ConversationRepository.conflict(conversation.state()));
        conversation.savedAtVersion(version + 1);
        return records;
    }

    @Override
    public List<Message> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        return db.transaction(s -> EventLog.messagesAfter(s, conversation, afterSeq, limit));
    }

    @Override
    public List<EventRecord> after(long afterPosition, int limit) {
        return db.transaction(s -> EventLog.after(s, afterPosition, limit));
    }

    /**
     * Forgets events that occurred before the cutoff, at most {@code max} of them: the event log is
     * kept for the resume window of event streams, not forever (messages and conversations stay).
     * Answers how many were forgotten; call again while it answers {@code max}.
     */
    public int forgetEventsBefore(Instant cutoff, int max) {
        return db.transaction(s -> EventLog.forgetBefore(s, cutoff, max));
    }

    /**
     * Gives the embedded H2 file's unused space back, working at most {@code max}; does nothing on
     * PostgreSQL (autovacuum's business). Call it from time to time while the service runs.
     */
    public void compact(Duration max) {
        db.compactFile(max);
    }

    /** Transcript requests by state (the outbox's backlog), in one statement: for metrics. */
    public java.util.Map<String, Long> transcriptsByState() {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "select r.state, count(r) from TranscriptRequestEntity r group by r.state", Object[].class)
                .getResultList()
                .stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }

    @Override
    public long lastPosition() {
        return db.transaction(EventLog::lastPosition);
    }

    // ---- read models ----

    @Override
    public List<ConversationSummary> list(ConversationFilter filter) {
        return db.transaction(s -> ConversationQueries.list(s, filter));
    }

    @Override
    public List<RecentConversation> recent(Visitor visitor, ConversationId excluding, Instant since, int limit) {
        return db.transaction(s -> ConversationQueries.recent(s, visitor, excluding, since, limit));
    }

    @Override
    public Optional<UserId> previousOperator(Visitor visitor) {
        return db.transaction(s -> ConversationQueries.previousOperator(s, visitor));
    }

    @Override
    public List<ConversationId> waitingForOperator(int limit) {
        return db.transaction(s -> ConversationQueries.waitingForOperator(s, limit));
    }

    @Override
    public List<ConversationId> inactiveSince(Instant cutoff, int limit) {
        return db.transaction(s -> ConversationQueries.inactiveSince(s, cutoff, limit));
    }

    @Override
    public List<Candidate> candidates(ChannelId channel) {
        return db.transaction(s -> OperatorRepository.candidates(s, channel));
    }

    @Override
    public List<ReportRow> report(ReportQuery query) {
        return db.transaction(s -> ReportQueries.report(s, query));
    }

    // ---- users and credentials ----

    @Override
    public Optional<Operator> find(UserId id) {
        return db.transaction(s -> OperatorRepository.find(s, id));
    }

    @Override
    public List<Operator> findAll(Collection<UserId> ids) {
        return db.transaction(s -> OperatorRepository.findAll(s, ids));
    }

    @Override
    public List<Operator> allUsers() {
        return db.transaction(OperatorRepository::all);
    }

    @Override
    public boolean anyWithRole(Role role) {
        return db.transaction(s -> OperatorRepository.anyWithRole(s, role));
    }

    @Override
    public void save(Operator operator) {
        db.retryingOnConflict(s -> {
            OperatorRepository.save(s, operator);
            return null;
        });
    }

    @Override
    public void storeUserToken(UserId user, TokenHash hash) {
        db.retryingOnConflict(s -> {
            OperatorRepository.storeUserToken(s, user, hash);
            return null;
        });
    }

    @Override
    public Optional<UserId> userOf(TokenHash hash) {
        return db.transaction(s -> OperatorRepository.userOf(s, hash));
    }

    @Override
    public void storeVisitorToken(ConversationId conversation, TokenHash hash) {
        db.retryingOnConflict(s -> {
            OperatorRepository.storeVisitorToken(s, conversation, hash);
            return null;
        });
    }

    @Override
    public Optional<ConversationId> conversationOf(TokenHash hash) {
        return db.transaction(s -> OperatorRepository.conversationOf(s, hash));
    }

    // ---- catalogues ----

    @Override
    public Optional<Channel> find(ChannelId id) {
        return channels.find(id, key -> db.transaction(s -> CatalogueRepository.channel(s, key)));
    }

    @Override
    public List<Channel> allChannels() {
        return db.transaction(CatalogueRepository::channels);
    }

    @Override
    public void save(Channel channel) {
        db.retryingOnConflict(s -> {
            CatalogueRepository.save(s, channel);
            return null;
        });
        channels.forget(channel.id());
    }

    @Override
    public Optional<Tag> find(TagName name) {
        return db.transaction(s -> CatalogueRepository.tag(s, name));
    }

    @Override
    public Tag findOrCreate(TagName name) {
        return db.retryingOnConflict(s -> CatalogueRepository.findOrCreate(s, name));
    }

    @Override
    public List<Tag> byPrefix(String prefix, int limit) {
        return db.transaction(s -> CatalogueRepository.byPrefix(s, prefix, limit));
    }

    @Override
    public void ensure(Set<ExpertiseName> names) {
        db.retryingOnConflict(s -> {
            CatalogueRepository.ensure(s, names);
            return null;
        });
    }

    @Override
    public List<ExpertiseName> allExpertise() {
        return db.transaction(CatalogueRepository::expertise);
    }

    // ---- contacts and tickets ----

    @Override
    public Optional<Contact> find(ContactId id) {
        return db.transaction(s -> DirectoryRepository.contact(s, id));
    }

    @Override
    public void upsert(Contact contact) {
        db.retryingOnConflict(s -> {
            DirectoryRepository.upsert(s, contact);
            return null;
        });
    }

    @Override
    public void upsert(Ticket ticket) {
        db.retryingOnConflict(s -> {
            DirectoryRepository.upsert(s, ticket);
            return null;
        });
    }

    @Override
    public List<Ticket> openTicketsOf(ContactId contact, int limit) {
        return db.transaction(s -> DirectoryRepository.openTicketsOf(s, contact, limit));
    }

    // ---- transcript requests ----

    /**
     * Saves the conversation with its events and inserts the request, in one transaction. A request
     * whose id or (conversation, idempotency key) is already stored fails on the key: nothing is
     * stored and the caller gets a {@link dev.livechat.domain.error.ConcurrentUpdateException}.
     */
    @Override
    public List<EventRecord> record(
            TranscriptRequest request, Conversation conversation, List<ConversationEvent> events) {
        if (!request.conversation().equals(conversation.id()))
            throw new IllegalArgumentException("transcript request " + request.id() + " is for conversation "
                    + request.conversation() + ", not " + conversation.id());
        long version = conversation.state().version();
        List<EventRecord> stored = db.transaction(
                s -> {
                    List<EventRecord> records = ConversationRepository.save(db.unit(), conversation, events);
                    TranscriptRepository.insert(s, request);
                    return records;
                },
                () -> ConversationRepository.conflict(conversation.state()));
        conversation.savedAtVersion(version + 1);
        return stored;
    }

    @Override
    public Optional<TranscriptRequest> find(TranscriptRequestId id) {
        return db.transaction(s -> TranscriptRepository.find(s, id));
    }

    @Override
    public Optional<TranscriptRequest> findByKey(ConversationId conversation, IdempotencyKey key) {
        return db.transaction(s -> TranscriptRepository.findByKey(s, conversation, key));
    }

    @Override
    public List<TranscriptRequest> of(ConversationId conversation) {
        return db.transaction(s -> TranscriptRepository.of(s, conversation));
    }

    @Override
    public Optional<TranscriptRequest> claimDue(Instant now, Duration lease) {
        return db.transaction(s -> TranscriptRepository.claimDue(s, now, lease));
    }

    @Override
    public void update(TranscriptRequest request) {
        db.transaction(s -> {
            TranscriptRepository.update(s, request);
            return null;
        });
    }

    @Override
    public Optional<TranscriptRequest> findByConfirmation(TokenHash tokenHash) {
        return db.transaction(s -> TranscriptRepository.findByConfirmation(s, tokenHash));
    }

    @Override
    public boolean markConfirmed(TranscriptRequestId id, Instant at) {
        return db.transaction(s -> TranscriptRepository.markConfirmed(s, id, at));
    }

    @Override
    public int confirmationsTo(EmailAddress to, Instant since) {
        return db.transaction(s -> TranscriptRepository.confirmationsTo(s, to, since));
    }
}
