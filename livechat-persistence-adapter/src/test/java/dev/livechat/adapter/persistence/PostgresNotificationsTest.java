package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.testsupport.PgSchema;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGNotification;

/** An instance hears of the other instances' writes on PostgreSQL; its own it knows already. */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresNotificationsTest {
    final PgSchema schema = new PgSchema();
    final JpaStorage a = open();
    final JpaStorage b = open();

    JpaStorage open() {
        return JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        schema.close();
    }

    @Test
    void anInstanceIsToldOfAnotherInstancesEvents() throws InterruptedException {
        a.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        Semaphore heardByA = new Semaphore(0);
        a.onEventsAppendedElsewhere(heardByA::release);
        assertThat(heardByA.tryAcquire(10, TimeUnit.SECONDS))
                .as("once on connecting")
                .isTrue();

        heardByA.drainPermits();

        Guests.start(chat(b), "Other", "Hello");
        assertThat(heardByA.tryAcquire(10, TimeUnit.SECONDS))
                .as("the other's write")
                .isTrue();
    }

    /**
     * Its own are skipped by their payload (asserted without a database: notifications are
     * database-wide, and other tests' schemas on the same database notify too).
     */
    @Test
    void aNotificationCountsOnlyWhenAnotherStorageSentIt() {
        String mine = "origin-a";
        assertThat(EventNotifications.fromElsewhere(mine, null)).isFalse();
        assertThat(EventNotifications.fromElsewhere(mine, new PGNotification[0]))
                .isFalse();
        assertThat(EventNotifications.fromElsewhere(mine, new PGNotification[] {sent(mine), sent(mine)}))
                .isFalse();
        assertThat(EventNotifications.fromElsewhere(mine, new PGNotification[] {sent(mine), sent("origin-b")}))
                .isTrue();
    }

    private static PGNotification sent(String payload) {
        return new PGNotification() {
            @Override
            public String getName() {
                return EventNotifications.CHANNEL;
            }

            @Override
            public int getPID() {
                return 1;
            }

            @Override
            public String getParameter() {
                return payload;
            }
        };
    }

    private static LiveChat chat(JpaStorage storage) {
        return LiveChat.builder()
                .storage(storage.ports())
                .mailer((transcript, to) -> {})
                .build();
    }
}
