package dev.livechat.adapter.persistence;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.hours.BusinessHours;
import dev.livechat.domain.hours.Reception;
import dev.livechat.domain.hours.WeeklyHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A channel's reception in its row. The business hours are one line of text, small and readable in
 * a database console: {@code Europe/Brussels|MONDAY 09:00-17:30,TUESDAY 09:00-12:00|2026-12-25}
 * (the zone, the weekly openings, the closed dates; the last two may be empty).
 */
final class ReceptionText {
    private ReceptionText() {}

    static void write(Reception reception, ChannelEntity row) {
        row.businessHours = reception.businessHours().map(ReceptionText::text).orElse(null);
        row.closedWithoutOperators = reception.closedWithoutOperators();
        row.email = reception.email().map(EmailAddress::value).orElse(null);
    }

    static Reception read(ChannelEntity row) {
        return new Reception(
                Optional.ofNullable(row.businessHours).map(ReceptionText::hours),
                row.closedWithoutOperators,
                Optional.ofNullable(row.email).map(EmailAddress::of));
    }

    static String text(BusinessHours hours) {
        return hours.timeZone().getId()
                + "|"
                + hours.weekly().stream()
                        .map(w -> w.day() + " " + w.from() + "-" + w.to())
                        .collect(Collectors.joining(","))
                + "|" + hours.closedOn().stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    static BusinessHours hours(String text) {
        String[] parts = text.split("\\|", -1);
        List<WeeklyHours> weekly = new ArrayList<>();
        for (String opening : items(parts[1])) {
            String[] dayAndTimes = opening.split(" ");
            String[] times = dayAndTimes[1].split("-");
            weekly.add(new WeeklyHours(
                    DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        Set<LocalDate> closed = items(parts[2]).stream().map(LocalDate::parse).collect(Collectors.toSet());
        return new BusinessHours(ZoneId.of(parts[0]), weekly, closed);
    }

    private static List<String> items(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
