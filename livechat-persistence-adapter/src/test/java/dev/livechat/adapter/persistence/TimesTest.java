package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stored instants' text is read back exactly as {@link Instant#parse} reads it, or refused as it refuses. */
class TimesTest {
    @Test
    void everyInstantReadsBackFromItsTextAsInstantParseReadsIt() {
        SplittableRandom random = new SplittableRandom(20261206);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long[] precisions = {1_000_000_000, 1_000_000, 1_000, 1};
        for (int i = 0; i < 200_000; i++) {
            long precision = precisions[i % precisions.length];
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(min, max + 1), random.nextLong(1_000_000_000) / precision * precision);
            String text = instant.toString();

            assertThat(Times.parse(text)).as(text).isEqualTo(instant).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void fractionsOfAnyLengthAndTheEdgesOfTheRangeReadAsInstantParseReadsThem() {
        for (String text : List.of(
                "2026-12-06T13:51:08.5Z",
                "2026-12-06T13:51:08.12Z",
                "2026-12-06T13:51:08.1234Z",
                "2026-12-06T13:51:08.12345678Z",
                "2026-12-06T13:51:08.123456789Z",
                "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z",
                "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z",
                "2026-12-31T23:59:60Z",
                "2026-12-06T24:00:00Z",
                "2026-12-06T13:51:08.Z")) assertThat(Times.parse(text)).as(text).isEqualTo(Instant.parse(text));
        assertThat(Times.parse(null)).isNull();
    }

    @Test
    void textInstantParseRefusesIsRefusedTheSameWay() {
        for (String text : List.of(
                "2026-02-30T00:00:00Z",
                "2025-02-29T00:00:00Z",
                "2026-13-01T00:00:00Z",
                "2026-12-06T13:51:08.1234567890Z",
                "2026-12-06 13:51:08Z",
                "2026-12-06T13:51:08",
                "2026-1a-06T13:51:08Z",
                ""))
            assertThatThrownBy(() -> Times.parse(text))
                    .as(text)
                    .isInstanceOf(DateTimeParseException.class)
                    .isInstanceOf(DateTimeException.class);
    }
}
