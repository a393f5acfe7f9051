package dev.livechat.domain.report;

import dev.livechat.domain.error.InvalidValueException;
import java.util.Locale;

/** What a report groups closed conversations by. */
public enum ReportGrouping {
    OUTCOME,
    TAG,
    EXPERTISE,
    OPERATOR,
    CHANNEL,
    COUNTRY,
    DAY,
    /** The visitor's score, "1" to "5"; "(none)" for conversations not rated. */
    RATING;

    public static ReportGrouping parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "groupBy",
                    "must be one of outcome, tag, expertise, operator, channel, country, day, rating; was '" + text
                            + "'");
        }
    }
}
