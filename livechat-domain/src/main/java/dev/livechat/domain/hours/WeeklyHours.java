package dev.livechat.domain.hours;

import dev.livechat.domain.error.Require;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening of a week day, in the channel's local time: from {@code from} (included) to
 * {@code to} (excluded), on the same day. An opening past midnight is two: until 24:00 is written
 * "23:59" on the first day and a second opening from "00:00" on the next.
 */
public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime to) {
    public WeeklyHours {
        Require.present("day", day);
        Require.present("from", from);
        Require.present("to", to);
        Require.that(from.isBefore(to), "to", "must be after from (" + from + "), was " + to);
    }

    boolean covers(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
