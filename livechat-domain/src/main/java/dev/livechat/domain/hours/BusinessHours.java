package dev.livechat.domain.hours;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a channel takes conversations: weekly openings in the channel's time zone, except on the
 * dates it is closed. Times are the zone's wall clock, so "09:00" stays 09:00 across a change to
 * or from daylight saving time.
 */
public record BusinessHours(ZoneId timeZone, List<WeeklyHours> weekly, Set<LocalDate> closedOn) {
    public static final int MAX_OPENINGS = 70;
    public static final int MAX_CLOSED_DATES = 400;

    public BusinessHours {
        Require.present("timeZone", timeZone);
        weekly = List.copyOf(Require.present("weekly", weekly)).stream()
                .sorted(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::from))
                .toList();
        Require.that(weekly.size() <= MAX_OPENINGS, "weekly", "at most " + MAX_OPENINGS + " openings");
        closedOn = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Require.present("closedOn", closedOn)));
        Require.that(closedOn.size() <= MAX_CLOSED_DATES, "closedOn", "at most " + MAX_CLOSED_DATES + " dates");
    }

    public boolean openAt(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, timeZone);
        if (closedOn.contains(local.toLocalDate())) return false;
        return weekly.stream().anyMatch(w -> w.day() == local.getDayOfWeek() && w.covers(local.toLocalTime()));
    }

    /**
     * The first instant after {@code now} at which the channel opens, or empty when it never does
     * again (no openings, or every one of them on a closed date within the dates looked at).
     */
    public Optional<Instant> nextOpeningAfter(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, timeZone);
        // a week past the last closed date is as far as an opening can be
        for (int day = 0; day <= closedOn.size() + 8; day++) {
            LocalDate date = today.plusDays(day);
            if (closedOn.contains(date)) continue;
            for (WeeklyHours opening : weekly) {
                if (opening.day() != date.getDayOfWeek()) continue;
                Instant at = instantOf(date.atTime(opening.from()));
                if (at.isAfter(now)) return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /**
     * The wall-clock time as an instant. A time skipped by a change to daylight saving time (02:30
     * on the last Sunday of March in Brussels) opens when the clocks jump, the first instant they
     * show a later time; a time that happens twice opens the first time.
     */
    private Instant instantOf(LocalDateTime local) {
        if (timeZone.getRules().getValidOffsets(local).isEmpty()) {
            ZoneOffsetTransition gap = timeZone.getRules().getTransition(local);
            return gap.getInstant();
        }
        return ZonedDateTime.of(local, timeZone).toInstant();
    }
}
