package dev.livechat.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static WeeklyHours on(DayOfWeek day, String from, String to) {
        return new WeeklyHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Monday to Friday 09:00–17:30 in Brussels, closed on Christmas. */
    static final BusinessHours OFFICE = new BusinessHours(
            BRUSSELS,
            List.of(
                    on(DayOfWeek.MONDAY, "09:00", "17:30"),
                    on(DayOfWeek.TUESDAY, "09:00", "17:30"),
                    on(DayOfWeek.WEDNESDAY, "09:00", "17:30"),
                    on(DayOfWeek.THURSDAY, "09:00", "17:30"),
                    on(DayOfWeek.FRIDAY, "09:00", "17:30")),
            Set.of(LocalDate.parse("2026-12-25")));

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Nested
    class Open {
        @Test
        void aWeekdayWithinTheHoursInTheChannelsZoneIsOpen() {
            // 08:30 UTC is 09:30 in Brussels in winter
            assertThat(OFFICE.openAt(at("2026-12-03T08:30:00Z"))).isTrue();
            assertThat(OFFICE.openAt(at("2026-12-03T07:59:59Z"))).isFalse();
            assertThat(OFFICE.openAt(at("2026-12-03T08:00:00Z"))).isTrue();
        }

        @Test
        void theClosingTimeItselfIsClosed() {
            assertThat(OFFICE.openAt(at("2026-12-03T16:29:59Z"))).isTrue();
            assertThat(OFFICE.openAt(at("2026-12-03T16:30:00Z"))).isFalse();
        }

        @Test
        void aClosedDateAndTheWeekendAreClosed() {
            assertThat(OFFICE.openAt(at("2026-12-25T10:00:00Z"))).isFalse(); // a Friday
            assertThat(OFFICE.openAt(at("2026-12-05T10:00:00Z"))).isFalse(); // a Saturday
        }

        @Test
        void summerTimeKeepsTheWallClockHours() {
            // 07:30 UTC is 09:30 in Brussels in summer (UTC+2), and 08:30 in winter (closed)
            assertThat(OFFICE.openAt(at("2026-07-01T07:30:00Z"))).isTrue();
            assertThat(OFFICE.openAt(at("2026-12-02T07:30:00Z"))).isFalse();
        }
    }

    @Nested
    class NextOpening {
        @Test
        void afterClosingItIsTheNextMorning() {
            assertThat(OFFICE.nextOpeningAfter(at("2026-12-03T17:00:00Z"))).contains(at("2026-12-04T08:00:00Z"));
        }

        @Test
        void onFridayEveningItIsMonday() {
            assertThat(OFFICE.nextOpeningAfter(at("2026-12-04T18:00:00Z"))).contains(at("2026-12-07T08:00:00Z"));
        }

        @Test
        void aClosedDateIsSkipped() {
            // Thursday 24 December evening: Friday 25 is closed, so Monday 28
            assertThat(OFFICE.nextOpeningAfter(at("2026-12-24T17:00:00Z"))).contains(at("2026-12-28T08:00:00Z"));
        }

        @Test
        void acrossTheSpringChangeTheOpeningIsAnHourEarlierInUtc() {
            // Saturday 28 March 2026 (UTC+1) → Monday 30 March 09:00 at UTC+2 = 07:00 UTC
            assertThat(OFFICE.nextOpeningAfter(at("2026-03-28T12:00:00Z"))).contains(at("2026-03-30T07:00:00Z"));
        }

        @Test
        void acrossTheAutumnChangeTheOpeningIsAnHourLaterInUtc() {
            // Saturday 24 October 2026 (UTC+2) → Monday 26 October 09:00 at UTC+1 = 08:00 UTC
            assertThat(OFFICE.nextOpeningAfter(at("2026-10-24T12:00:00Z"))).contains(at("2026-10-26T08:00:00Z"));
        }

        @Test
        void anOpeningInTheSkippedHourOpensWhenTheClocksJump() {
            BusinessHours night =
                    new BusinessHours(BRUSSELS, List.of(on(DayOfWeek.SUNDAY, "02:30", "05:00")), Set.of());
            // Sunday 29 March 2026: 02:00 becomes 03:00 (01:00 UTC)
            assertThat(night.nextOpeningAfter(at("2026-03-28T12:00:00Z"))).contains(at("2026-03-29T01:00:00Z"));
            assertThat(night.openAt(at("2026-03-29T01:00:00Z"))).isTrue();
        }

        @Test
        void anOpeningInTheRepeatedHourOpensTheFirstTime() {
            BusinessHours night =
                    new BusinessHours(BRUSSELS, List.of(on(DayOfWeek.SUNDAY, "02:30", "05:00")), Set.of());
            // Sunday 25 October 2026: 02:30 happens at 00:30 UTC (UTC+2) and again at 01:30 UTC
            assertThat(night.nextOpeningAfter(at("2026-10-24T12:00:00Z"))).contains(at("2026-10-25T00:30:00Z"));
        }

        @Test
        void withoutOpeningsThereIsNone() {
            assertThat(new BusinessHours(BRUSSELS, List.of(), Set.of()).nextOpeningAfter(at("2026-12-03T17:00:00Z")))
                    .isEmpty();
        }
    }

    @Nested
    class Reception_ {
        @Test
        void withoutHoursAChannelIsAlwaysOpenAndTakesConversationsWithoutOperators() {
            Availability a = Reception.none().availabilityAt(at("2026-12-05T03:00:00Z"), false);
            assertThat(a).isEqualTo(new Availability(true, false, true, Optional.empty()));
        }

        @Test
        void outsideHoursItSaysWhenItOpens() {
            Reception r = new Reception(Optional.of(OFFICE), false, Optional.empty());
            Availability a = r.availabilityAt(at("2026-12-04T18:00:00Z"), true);
            assertThat(a).isEqualTo(new Availability(false, true, false, Optional.of(at("2026-12-07T08:00:00Z"))));
        }

        @Test
        void closedWithoutOperatorsTurnsVisitorsAwayOnlyWhenNoneIsAvailable() {
            Reception r = new Reception(Optional.of(OFFICE), true, Optional.empty());
            assertThat(r.availabilityAt(at("2026-12-03T10:00:00Z"), false).acceptsConversations())
                    .isFalse();
            assertThat(r.availabilityAt(at("2026-12-03T10:00:00Z"), true).acceptsConversations())
                    .isTrue();
        }
    }

    @Test
    void anOpeningMustEndAfterItStarts() {
        assertThatThrownBy(() -> on(DayOfWeek.MONDAY, "17:00", "09:00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> on(DayOfWeek.MONDAY, "09:00", "09:00")).isInstanceOf(InvalidValueException.class);
    }
}
