package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassLogTest {
    private long now = 0;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();
    private final PassLog log = new PassLog(() -> now, (level, message) -> {
        if (level == Level.WARNING) warnings.add(message.get());
        else debug.add(message.get());
    });

    @Test
    void everyPassIsTracedAndOnlyLongOnesWarn() {
        log.passed(Duration.ofMillis(300), Duration.ofMillis(40), false, 90L << 20, 40L << 20);
        log.passed(Duration.ofMillis(999), Duration.ofMillis(70), true, 200L << 20, 100L << 20);

        assertThat(debug)
                .containsExactly(
                        "compaction pass held transactions back 300 ms (at most 40 ms at once), file 90 → 40 MB",
                        "compaction pass held transactions back 999 ms (at most 70 ms at once) (behind), file 200 → 100 MB");
        assertThat(warnings).isEmpty();
    }

    @Test
    void longPassesWarnAtOnceThenAtMostOnceAMinuteWithTheirCountAndTheLongest() {
        passBehind(0, 4_131, 859);
        passBehind(20, 1_500, 850);
        passBehind(20, 2_200, 800);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .startsWith("1 compaction pass(es)")
                .contains("the longest 4131 ms; file now 859 MB");

        passBehind(21, 1_100, 790);

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(1))
                .startsWith("3 compaction pass(es)")
                .contains("the longest 2200 ms; file now 790 MB");
    }

    /** A pass while the file is behind, {@code seconds} after the previous one. */
    private void passBehind(int seconds, int heldMillis, long sizeAfterMegabytes) {
        now += Duration.ofSeconds(seconds).toNanos();
        log.passed(Duration.ofMillis(heldMillis), Duration.ofMillis(40), true, 900L << 20, sizeAfterMegabytes << 20);
    }
}
