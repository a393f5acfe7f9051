package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The start's warm-up reaches Hibernate's HQL grammar: a Hibernate that moved it fails here, not silently. */
class HqlWarmUpTest {
    @Test
    void parsesEveryShapeWhileTheBootRuns() {
        assertThat(HqlWarmUp.whileWaiting(() -> false)).isEqualTo(HqlWarmUp.SHAPES.length);
    }

    @Test
    void stopsOnceTheBootIsDone() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(HqlWarmUp.whileWaiting(() -> asked.incrementAndGet() > 2)).isEqualTo(2);
    }
}
