package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookWorkerTest {
    /** Long enough that no thread looks on its own during a test. */
    private static final Duration IDLE = Duration.ofHours(1);

    @Test
    void aWakeUpSendsOneThreadToTheDatabaseNotAll() throws Exception {
        AtomicInteger claims = new AtomicInteger();
        CountDownLatch claimed = new CountDownLatch(1);
        WebhookWorker worker = new WebhookWorker(
                deliverDue(max -> {
                    claims.incrementAndGet();
                    claimed.countDown();
                    return 0;
                }),
                IDLE);
        worker.start();
        try {
            worker.wake();

            assertThat(claimed.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // time for any other thread woken by mistake to claim as well
            assertThat(claims).hasValue(1);
        } finally {
            worker.stop();
        }
    }

    @Test
    void aThreadThatClaimsAFullBatchCallsAnotherIn() throws Exception {
        CountDownLatch twoSending = new CountDownLatch(1);
        AtomicInteger claims = new AtomicInteger();
        WebhookWorker worker = new WebhookWorker(
                deliverDue(max -> {
                    int claim = claims.incrementAndGet();
                    if (claim == 1) return max; // a full batch: more may be due
                    if (claim == 2) {
                        // a slow receiver: the first thread's next batch is still being sent...
                        await(twoSending);
                        return 0;
                    }
                    twoSending.countDown(); // ...when another thread claims its share
                    return 0;
                }),
                IDLE);
        worker.start();
        try {
            worker.wake();

            assertThat(twoSending.await(5, TimeUnit.SECONDS))
                    .as("a second thread claimed while the first was still sending")
                    .isTrue();
        } finally {
            worker.stop();
        }
    }

    private static DeliverWebhooksUseCase deliverDue(java.util.function.IntUnaryOperator claim) {
        return new DeliverWebhooksUseCase() {
            @Override
            public int deliverDue(int max) {
                return claim.applyAsInt(max);
            }

            @Override
            public long pruneDone(Duration kept) {
                return 0;
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
