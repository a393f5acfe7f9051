package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hibernate's boot (the metamodel of the entities, the SQL of each), on a thread of its own so that
 * it runs while Flyway migrates: it was the largest part of the service's start (docs/benchmarks.md,
 * "Start and memory, cut"). It may, because it is told the database product, reads no JDBC metadata and does
 * not validate the schema; {@code SchemaValidationTest} validates the entities against the migrated
 * schema in every build instead of at every start.
 */
final class HibernateBoot {
    static final List<Class<?>> ENTITIES = List.of(
            ConversationEntity.class,
            ConversationActivityEntity.class,
            ParticipantEntity.class,
            ConversationTagEntity.class,
            ConversationExpertiseEntity.class,
            MessageEntity.class,
            EventEntity.class,
            HistoryEntity.class,
            CounterEntity.class,
            OperatorEntity.class,
            OperatorChannelEntity.class,
            UserTokenEntity.class,
            VisitorTokenEntity.class,
            ChannelEntity.class,
            TagEntity.class,
            CannedResponseEntity.class,
            ExpertiseEntity.class,
            ContactEntity.class,
            TicketEntity.class,
            TranscriptRequestEntity.class,
            AttachmentEntity.class,
            OfflineMessageEntity.class);

    /** The oldest PostgreSQL Hibernate 7 supports. */
    private static final int POSTGRES_MAJOR = 14;

    private final CompletableFuture<SessionFactory> booting = new CompletableFuture<>();

    private HibernateBoot() {}

    /** Starts building the session factory over the pool; {@link #await} it. */
    static HibernateBoot start(HikariDataSource pool, DatabaseSettings settings, boolean statistics) {
        HibernateBoot boot = new HibernateBoot();
        Thread thread = new Thread(
                () -> {
                    try {
                        boot.booting.complete(sessionFactory(pool, settings, statistics, false));
                    } catch (Throwable e) { // an Error too: the starting thread is waiting for this one
                        boot.booting.completeExceptionally(e);
                    }
                },
                "livechat-hibernate-boot");
        thread.setDaemon(true);
        thread.start();
        return boot;
    }

    /** The session factory, once built; what the boot threw, if it failed. */
    SessionFactory await() {
        try {
            return booting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }

    /** Whether the boot has ended, built or failed. */
    boolean done() {
        return booting.isDone();
    }

    /** Closes the session factory, now or whenever it is built (nothing to close if the boot failed). */
    void close() {
        booting.thenAccept(SessionFactory::close);
    }

    /**
     * @param validate whether Hibernate reads the JDBC metadata and checks the tables against the
     *     entities as it boots, which needs the migrated schema: the service does not, a test does
     */
    static SessionFactory sessionFactory(
            HikariDataSource pool, DatabaseSettings settings, boolean statistics, boolean validate) {
        return new HibernatePersistenceConfiguration("livechat")
                .managedClasses(ENTITIES)
                .property("hibernate.connection.datasource", pool)
                .property("hibernate.connection.provider_disables_autocommit", "true")
                // without the metadata, these pick the dialect: PostgreSQL at the oldest version
                // Hibernate 7 supports (its SQL runs on every newer server), H2 at the driver's (embedded)
                .property("jakarta.persistence.database-product-name", settings.postgres() ? "PostgreSQL" : "H2")
                .property(
                        "jakarta.persistence.database-major-version",
                        String.valueOf(settings.postgres() ? POSTGRES_MAJOR : org.h2.engine.Constants.VERSION_MAJOR))
                .property(
                        "jakarta.persistence.database-minor-version",
                        String.valueOf(settings.postgres() ? 0 : org.h2.engine.Constants.VERSION_MINOR))
                .property("hibernate.boot.allow_jdbc_metadata_access", validate)
                .property("hibernate.hbm2ddl.auto", validate ? "validate" : "none")
                .property("hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName())
                .collectStatistics(statistics)
                .createEntityManagerFactory();
    }
}
