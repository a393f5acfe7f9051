package dev.livechat.adapter.rest;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.hours.BusinessHours;
import dev.livechat.domain.hours.Reception;
import dev.livechat.domain.hours.ReceptionChange;
import dev.livechat.domain.hours.WeeklyHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A channel body's {@code businessHours}, {@code closedWithoutOperators} and {@code email}, every
 * failure named by its path ({@code businessHours.weekly[1].from}), all checked before anything is
 * written.
 */
final class ReceptionInput {
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ReceptionInput() {}

    /** Absent or null: no hours, visitors start without operators, no address. */
    static Reception forNewChannel(Bodies.Body<Requests.NewChannel> body) {
        return change(body).applyTo(Reception.none());
    }

    /** Absent members keep what the channel has; {@code businessHours: null} or {@code email: null} removes them. */
    static ReceptionChange change(Bodies.Body<Requests.NewChannel> body) {
        Input in = new Input();
        Requests.NewChannel value = body.value();
        Optional<Optional<BusinessHours>> hours = body.has("businessHours")
                ? Optional.of(Optional.ofNullable(value.businessHours()).map(h -> hours(in, h)))
                : Optional.empty();
        Optional<Boolean> closed = Optional.empty();
        if (body.has("closedWithoutOperators")) {
            if (value.closedWithoutOperators() == null) in.error("closedWithoutOperators", "must be true or false");
            else closed = Optional.of(value.closedWithoutOperators());
        }
        Optional<Optional<EmailAddress>> email = body.has("email")
                ? Optional.of(
                        value.email() == null
                                ? Optional.empty()
                                : Optional.ofNullable(in.required("email", value.email(), EmailAddress::of)))
                : Optional.empty();
        in.check();
        return new ReceptionChange(hours, closed, email);
    }

    private static BusinessHours hours(Input in, Requests.BusinessHours raw) {
        ZoneId zone = in.required("businessHours.timeZone", raw.timeZone(), ReceptionInput::zone);
        List<WeeklyHours> weekly = new ArrayList<>();
        List<Requests.Opening> openings = raw.weekly() == null ? List.of() : raw.weekly();
        for (int i = 0; i < openings.size(); i++) {
            String at = "businessHours.weekly[" + i + "]";
            Requests.Opening opening = openings.get(i);
            if (opening == null) {
                in.error(at, "is required");
                continue;
            }
            DayOfWeek day = in.required(at + ".day", opening.day(), ReceptionInput::day);
            LocalTime from = in.required(at + ".from", opening.from(), ReceptionInput::time);
            LocalTime to = in.required(at + ".to", opening.to(), ReceptionInput::time);
            if (day != null && from != null && to != null) {
                WeeklyHours hours = in.nested(at, () -> new WeeklyHours(day, from, to));
                if (hours != null) weekly.add(hours);
            }
        }
        Set<LocalDate> closedOn = in.each("businessHours.closedOn", raw.closedOn(), ReceptionInput::date);
        if (zone == null) return null;
        return in.nested("businessHours", () -> new BusinessHours(zone, weekly, new LinkedHashSet<>(closedOn)));
    }

    /** A region id of the time zone database (Europe/Brussels), or UTC or an offset. */
    static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "'" + raw + "' is not a known time zone like Europe/Brussels");
        }
    }

    static DayOfWeek day(String raw) {
        try {
            return DayOfWeek.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("day", "'" + raw + "' is not one of MONDAY … SUNDAY");
        }
    }

    static LocalTime time(String raw) {
        if (!HH_MM.matcher(raw).matches())
            throw new InvalidValueException("time", "'" + raw + "' is not a time of day as HH:mm (00:00 to 23:59)");
        return LocalTime.parse(raw);
    }

    static LocalDate date(String raw) {
        try {
            LocalDate date = LocalDate.parse(raw);
            if (date.getYear() >= 1970 && date.getYear() <= 9999) return date;
        } catch (DateTimeException e) {
            // refused below
        }
        throw new InvalidValueException("date", "'" + raw + "' is not a date as YYYY-MM-DD");
    }
}
