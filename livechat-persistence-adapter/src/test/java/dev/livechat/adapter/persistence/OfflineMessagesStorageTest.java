package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.hours.BusinessHours;
import dev.livechat.domain.hours.Reception;
import dev.livechat.domain.hours.WeeklyHours;
import dev.livechat.domain.offline.Handling;
import dev.livechat.domain.offline.MailState;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.testsupport.PgSchema;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A channel's reception and the offline-message outbox, on the embedded database and on PostgreSQL. */
class OfflineMessagesStorageTest {
    static final Instant T0 = Instant.parse("2026-12-03T18:00:00Z");
    static final ChannelId SUPPORT = ChannelId.of("support");
    static final ChannelId SALES = ChannelId.of("sales");

    abstract static class Contract {
        JpaStorage storage;

        abstract JpaStorage open();

        @AfterEach
        void close() {
            if (storage != null) storage.close();
        }

        JpaStorage storage() {
            if (storage == null) {
                storage = open();
                storage.catalogue().save(new Channel(SUPPORT, "Support", SessionCap.byDefault()));
                storage.catalogue().save(new Channel(SALES, "Sales", SessionCap.byDefault()));
            }
            return storage;
        }

        OfflineMessage message(ChannelId channel, String text, Instant at) {
            return OfflineMessage.received(
                    OfflineMessageId.random(),
                    channel,
                    "Ana",
                    EmailAddress.of("ana@example.com"),
                    text,
                    Optional.of(EmailAddress.of("support@shop.example")),
                    at);
        }

        @Test
        void aChannelKeepsItsBusinessHoursFlagAndAddress() {
            BusinessHours hours = new BusinessHours(
                    ZoneId.of("Europe/Brussels"),
                    List.of(
                            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 30)),
                            new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(10, 15), LocalTime.of(12, 0))),
                    Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
            Reception reception =
                    new Reception(Optional.of(hours), true, Optional.of(EmailAddress.of("s@shop.example")));
            JpaStorage s = storage();
            s.catalogue().save(s.catalogue().require(SUPPORT).receiveBy(reception));

            assertThat(s.catalogue().require(SUPPORT).reception()).isEqualTo(reception);
            assertThat(s.catalogue().require(SALES).reception()).isEqualTo(Reception.none());
        }

        @Test
        void messagesAreListedNewestFirstByStateAndChannel() {
            JpaStorage s = storage();
            OfflineMessage first = message(SUPPORT, "first", T0);
            OfflineMessage second = message(SUPPORT, "second", T0.plusSeconds(60));
            OfflineMessage sales = message(SALES, "sales", T0.plusSeconds(120));
            List.of(first, second, sales).forEach(s.offlineMessages()::record);
            s.offlineMessages().markHandled(first.id(), new Handling(UserId.of("op"), "Olga", T0.plusSeconds(300)));

            assertThat(s.offlineMessages().list(Optional.empty(), Optional.empty(), 10))
                    .extracting(OfflineMessage::text)
                    .containsExactly("sales", "second", "first");
            assertThat(s.offlineMessages().list(Optional.of(OfflineMessageState.NEW), Optional.of(Set.of(SUPPORT)), 10))
                    .extracting(OfflineMessage::text)
                    .containsExactly("second");
            assertThat(s.offlineMessages().list(Optional.of(OfflineMessageState.HANDLED), Optional.empty(), 10))
                    .singleElement()
                    .satisfies(m -> assertThat(m.handling())
                            .contains(new Handling(UserId.of("op"), "Olga", T0.plusSeconds(300))));
            assertThat(s.offlineMessages().list(Optional.empty(), Optional.of(Set.of()), 10))
                    .isEmpty();
            assertThat(s.offlineMessages().find(second.id())).contains(second);
        }

        @Test
        void ofTwoOperatorsMarkingOneMessageHandledOnlyTheFirstWins() {
            JpaStorage s = storage();
            OfflineMessage m = message(SUPPORT, "hello", T0);
            s.offlineMessages().record(m);
            assertThat(s.offlineMessages().markHandled(m.id(), new Handling(UserId.of("a"), "A", T0)))
                    .isTrue();
            assertThat(s.offlineMessages().markHandled(m.id(), new Handling(UserId.of("b"), "B", T0)))
                    .isFalse();
            assertThat(s.offlineMessages()
                            .find(m.id())
                            .orElseThrow()
                            .handling()
                            .orElseThrow()
                            .byName())
                    .isEqualTo("A");
        }

        @Test
        void aMailIsClaimedByOneWorkerAndItsOutcomeKeepsTheHandling() {
            JpaStorage s = storage();
            OfflineMessage m = message(SUPPORT, "hello", T0);
            s.offlineMessages().record(m);
            Duration lease = Duration.ofMinutes(5);

            OfflineMessage claimed = s.offlineMessages().claimDue(T0, lease).orElseThrow();
            assertThat(s.offlineMessages().claimDue(T0, lease))
                    .as("claimed already")
                    .isEmpty();
            s.offlineMessages().markHandled(m.id(), new Handling(UserId.of("a"), "A", T0));
            s.offlineMessages().updateMail(claimed.mailFailed("down", false, RetrySchedule.byDefault(), T0));

            OfflineMessage after = s.offlineMessages().find(m.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(OfflineMessageState.HANDLED);
            assertThat(after.mail().state()).isEqualTo(MailState.PENDING);
            assertThat(after.mail().attempts()).isEqualTo(1);
            assertThat(after.mail().lastError()).contains("down");
            assertThat(s.offlineMessages().claimDue(T0.plusSeconds(1), lease))
                    .as("not due yet")
                    .isEmpty();

            OfflineMessage again =
                    s.offlineMessages().claimDue(T0.plusSeconds(5), lease).orElseThrow();
            s.offlineMessages().updateMail(again.mailSent(T0.plusSeconds(6)));
            assertThat(s.offlineMessages().find(m.id()).orElseThrow().mail().state())
                    .isEqualTo(MailState.SENT);
            assertThat(s.offlineMessages().claimDue(T0.plusSeconds(3600), lease))
                    .as("sent: never again")
                    .isEmpty();
        }

        @Test
        void aMessageWithoutAnAddressIsNeverDue() {
            JpaStorage s = storage();
            OfflineMessage m = OfflineMessage.received(
                    OfflineMessageId.random(),
                    SUPPORT,
                    "Ana",
                    EmailAddress.of("ana@example.com"),
                    "hi",
                    Optional.empty(),
                    T0);
            s.offlineMessages().record(m);
            assertThat(s.offlineMessages().find(m.id()).orElseThrow().mail().state())
                    .isEqualTo(MailState.NO_ADDRESS);
            assertThat(s.offlineMessages().claimDue(T0.plusSeconds(60), Duration.ofMinutes(1)))
                    .isEmpty();
        }
    }

    @Nested
    class H2 extends Contract {
        @TempDir
        Path dir;

        @Override
        JpaStorage open() {
            return JpaStorage.open(DatabaseSettings.h2File(dir));
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
    class Postgres extends Contract {
        PgSchema schema;

        @Override
        JpaStorage open() {
            schema = new PgSchema();
            return JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
        }

        @AfterEach
        void drop() {
            if (schema != null) schema.close();
        }
    }
}
