package dev.livechat.adapter.mail;

import static dev.livechat.adapter.mail.ChatScenario.VISITOR_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worker and the SMTP mailer together, over the in-memory outbox: a request is never lost
 * while the server is down, sent once it is back, sent at most once by competing workers, and
 * given up with its reason after the last try or at once when the recipient is refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TranscriptDeliveryOverSmtpTest {
    private static final RetrySchedule THREE_TRIES = new RetrySchedule(3, Duration.ofSeconds(5), Duration.ofMinutes(1));

    private final ChatScenario scenario = new ChatScenario();
    private final int port = Loopback.freePort();
    private final GreenMail greenMail = Loopback.greenMail(port);

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aRequestWaitsWhileTheServerIsDownAndIsSentOnceItIsBack() throws Exception {
        LiveChat chat = scenario.liveChat(smtpMailer(port), THREE_TRIES);
        ConversationId id = scenario.closedConversation(chat, Optional.empty());
        TranscriptRequest request = scenario.requestTranscript(chat, id, VISITOR_EMAIL);
        assertThat(request.state()).isEqualTo(TranscriptState.PENDING);

        // the mail server is not running yet
        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

        TranscriptRequest waiting = scenario.request(request);
        assertThat(waiting.state()).isEqualTo(TranscriptState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError())
                .hasValueSatisfying(
                        error -> assertThat(error).startsWith("could not reach the mail server 127.0.0.1:" + port));
        assertThat(waiting.nextAttemptAt()).isEqualTo(scenario.clock.instant().plusSeconds(5));
        assertThat(chat.deliverTranscripts().deliverDue(10))
                .as("not due before the backoff")
                .isZero();

        greenMail.start();
        scenario.clock.advance(Duration.ofSeconds(5));
        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

        TranscriptRequest sent = scenario.request(request);
        assertThat(sent.state()).isEqualTo(TranscriptState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).contains(scenario.clock.instant());
        assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
        scenario.clock.advance(Duration.ofHours(1));
        assertThat(chat.deliverTranscripts().deliverDue(10))
                .as("nothing left to send")
                .isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(chat.transcripts().transcriptRequests(new ConversationCommand(Caller.user(scenario.operator), id)))
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(TranscriptState.SENT));
    }

    @Test
    void twoWorkersOnOneRequestSendOneMail() throws Exception {
        greenMail.start();
        LiveChat first = scenario.liveChat(smtpMailer(port));
        LiveChat second = scenario.liveChat(smtpMailer(port));
        ConversationId id = scenario.closedConversation(first, Optional.empty());
        TranscriptRequest request = scenario.requestTranscript(first, id, VISITOR_EMAIL);

        List<Integer> handled = concurrently(List.of(first, second));

        assertThat(handled).containsExactlyInAnyOrder(0, 1);
        assertThat(scenario.request(request).state()).isEqualTo(TranscriptState.SENT);
        assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
        assertThat(greenMail.waitForIncomingEmail(300, 2)).as("no second mail").isFalse();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void fourWorkersOnTwentyRequestsSendEachExactlyOnce() throws Exception {
        greenMail.start();
        List<LiveChat> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) workers.add(scenario.liveChat(smtpMailer(port)));
        ConversationId id = scenario.closedConversation(workers.get(0), Optional.empty());
        List<EmailAddress> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recipients.add(EmailAddress.of("copy" + i + "@example.org"));
            scenario.requestTranscript(workers.get(i % 4), id, recipients.get(i));
        }

        List<Integer> handled = concurrently(workers);

        assertThat(handled.stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 20)).isTrue();
        assertThat(greenMail.waitForIncomingEmail(300, 21)).as("no extra mail").isFalse();
        List<String> receivedBy = new ArrayList<>();
        for (var message : greenMail.getReceivedMessages())
            receivedBy.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertThat(receivedBy)
                .containsExactlyInAnyOrderElementsOf(
                        recipients.stream().map(EmailAddress::value).toList());
        assertThat(scenario.store.transcripts().of(id))
                .extracting(TranscriptRequest::state)
                .containsOnly(TranscriptState.SENT);
    }

    @Test
    void aServerDownForEveryTryEndsFailedWithTheReasonKept() {
        LiveChat chat = scenario.liveChat(smtpMailer(port), THREE_TRIES);
        ConversationId id = scenario.closedConversation(chat, Optional.empty());
        TranscriptRequest request = scenario.requestTranscript(chat, id, VISITOR_EMAIL);

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(chat.deliverTranscripts().deliverDue(10))
                    .as("try %d", attempt)
                    .isEqualTo(1);
            TranscriptRequest now = scenario.request(request);
            assertThat(now.attempts()).isEqualTo(attempt);
            assertThat(now.state()).isEqualTo(attempt < 3 ? TranscriptState.PENDING : TranscriptState.FAILED);
            scenario.clock.advance(Duration.ofMinutes(1)); // past any backoff of this schedule
        }

        TranscriptRequest failed = scenario.request(request);
        assertThat(failed.lastError())
                .hasValueSatisfying(
                        error -> assertThat(error).startsWith("could not reach the mail server 127.0.0.1:" + port));
        assertThat(failed.sentAt()).isEmpty();
        greenMail.start();
        scenario.clock.advance(Duration.ofDays(1));
        assertThat(chat.deliverTranscripts().deliverDue(10))
                .as("a failed request is not tried again")
                .isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientRefusedWith5xxFailsAtOnce() throws Exception {
        try (var server = ScriptedSmtpServer.replying(Map.of("RCPT", "550 5.1.1 no such user"))) {
            LiveChat chat = scenario.liveChat(smtpMailer(server.port()), THREE_TRIES);
            ConversationId id = scenario.closedConversation(chat, Optional.empty());
            TranscriptRequest request = scenario.requestTranscript(chat, id, VISITOR_EMAIL);

            assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

            TranscriptRequest failed = scenario.request(request);
            assertThat(failed.state()).isEqualTo(TranscriptState.FAILED);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError())
                    .hasValueSatisfying(error -> assertThat(error)
                            .contains("refused recipient " + VISITOR_EMAIL)
                            .contains("550 5.1.1 no such user"));
            assertThat(server.accepted()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c\r\nBcc: x@y.z", "a@b.c, d@e.f", "nodomain@", "a@b.c\nBcc: x@y.z", "a@b.c; d@e.f"})
    void aBadAddressIsRefusedBeforeAnythingIsStored(String address) throws Exception {
        greenMail.start();
        LiveChat chat = scenario.liveChat(smtpMailer(port));
        ConversationId id = scenario.closedConversation(chat, Optional.empty());

        assertThatThrownBy(() -> chat.transcripts()
                        .requestTranscript(new RequestTranscriptCommand(
                                Caller.user(scenario.operator), id, EmailAddress.of(address), Optional.empty())))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));

        assertThat(scenario.store.transcripts().of(id)).isEmpty();
        assertThat(chat.deliverTranscripts().deliverDue(10)).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private SmtpTranscriptMailer smtpMailer(int port) {
        return new SmtpTranscriptMailer(Loopback.smtp(port).build(), scenario.clock);
    }

    /** Each worker calls deliverDue once, all released at the same moment; returns how many each handled. */
    private static List<Integer> concurrently(List<LiveChat> workers) throws Exception {
        var barrier = new CyclicBarrier(workers.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (LiveChat worker : workers)
                results.add(pool.submit(() -> {
                    barrier.await(Loopback.WAIT_MS, TimeUnit.MILLISECONDS);
                    return worker.deliverTranscripts().deliverDue(100);
                }));
            List<Integer> handled = new ArrayList<>();
            for (Future<Integer> result : results) handled.add(result.get(20, TimeUnit.SECONDS));
            return handled;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
