package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * docs/product-rules.md "Send conversation": recorded first, sent asynchronously through TranscriptDelivery,
 * retried with backoff, at most once per idempotency key, its state visible and kept in history.
 */
class TranscriptTest {
    static final EmailAddress TO = EmailAddress.of("claire@example.be");

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final StartedConversation started = world.start(visitor("Claire").zone("Europe/Brussels"));
    final ConversationId id = started.conversation().id();

    TranscriptRequest request(Optional<String> key) {
        return world.chat
                .transcripts()
                .requestTranscript(new RequestTranscriptCommand(as(ana), id, TO, key.map(IdempotencyKey::new)));
    }

    List<TranscriptRequest> requests() {
        return world.chat.transcripts().transcriptRequests(new ConversationCommand(as(ana), id));
    }

    List<String> transcriptStatesInHistory() {
        return world.history(id).stream()
                .filter(e -> e.type() == EventType.TRANSCRIPT_STATE_CHANGED)
                .map(e -> (String) e.data().get("state"))
                .toList();
    }

    void aConversationTookPlaceAndClosed() {
        world.visitorWrites(started, "My invoice is wrong");
        world.operatorWrites(ana, id, "I fixed it");
        world.chat.editNote().editNote(new EditNoteCommand(as(ana), id, "secret internal note"));
        world.laterMinutes(5);
        world.close(as(ana), id);
    }

    @Test
    void anOpenConversationsTranscriptIsRefused() {
        assertThatThrownBy(() -> request(Optional.empty()))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("still open")
                .hasMessageContaining("Current status: IN_PROGRESS");
        assertThat(requests()).isEmpty();
    }

    @Nested
    class Requesting {
        @Test
        void recordsAPendingRequestWithALineInTheHistory() {
            aConversationTookPlaceAndClosed();

            TranscriptRequest request = request(Optional.empty());

            assertThat(request.state()).isEqualTo(TranscriptState.PENDING);
            assertThat(request.to()).isEqualTo(TO);
            assertThat(request.requestedBy()).isEqualTo("Ana");
            assertThat(requests()).containsExactly(request);
            assertThat(transcriptStatesInHistory()).containsExactly("PENDING");
            assertThat(world.mailer.sent()).as("sent later, by the worker").isEmpty();
        }

        @Test
        void theSameIdempotencyKeyGivesTheSameRequestStoredOnce() {
            aConversationTookPlaceAndClosed();

            TranscriptRequest first = request(Optional.of("click-1"));
            TranscriptRequest again = request(Optional.of("click-1"));
            TranscriptRequest other = request(Optional.of("click-2"));

            assertThat(again).isEqualTo(first);
            assertThat(other.id()).isNotEqualTo(first.id());
            assertThat(requests()).containsExactly(first, other);
            assertThat(transcriptStatesInHistory()).containsExactly("PENDING", "PENDING");

            world.chat.deliverTranscripts().deliverDue(10);
            request(Optional.of("click-1"));
            world.chat.deliverTranscripts().deliverDue(10);
            assertThat(world.mailer.sent()).hasSize(2);
        }
    }

    @Nested
    class Delivering {
        @Test
        void sendsTheVisitorVisibleMessagesOnceAndRecordsSent() {
            aConversationTookPlaceAndClosed();
            TranscriptRequest request = request(Optional.of("k"));

            int handled = world.chat.deliverTranscripts().deliverDue(10);

            assertThat(handled).isEqualTo(1);
            assertThat(world.mailer.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo(TO);
                Transcript transcript = mail.transcript();
                assertThat(transcript.subject()).isEqualTo("Conversation with Ana");
                assertThat(transcript.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
                assertThat(transcript.messages())
                        .extracting(Message::authorName, m -> m.body().value())
                        .containsExactly(tuple("Claire", "My invoice is wrong"), tuple("Ana", "I fixed it"));
                assertThat(transcript.toString()).doesNotContain("secret internal note", "u1@example.com");
            });
            TranscriptRequest after =
                    world.store.transcripts().find(request.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(TranscriptState.SENT);
            assertThat(after.sentAt()).contains(world.clock.instant());
            assertThat(transcriptStatesInHistory()).containsExactly("PENDING", "SENT");

            assertThat(world.chat.deliverTranscripts().deliverDue(10)).isZero();
            assertThat(world.mailer.attempts()).isEqualTo(1);
        }

        @Test
        void aTemporaryFailureRetriesWithBackoffThenSends() {
            aConversationTookPlaceAndClosed();
            TranscriptRequest request = request(Optional.empty());
            world.mailer.failNext(2);

            world.chat.deliverTranscripts().deliverDue(10);
            TranscriptRequest afterFirst =
                    world.store.transcripts().find(request.id()).orElseThrow();
            assertThat(afterFirst.state()).isEqualTo(TranscriptState.PENDING);
            assertThat(afterFirst.attempts()).isEqualTo(1);
            assertThat(afterFirst.lastError()).contains("mail server unavailable (test)");
            assertThat(afterFirst.nextAttemptAt())
                    .isEqualTo(world.clock.instant().plusSeconds(5));

            assertThat(world.chat.deliverTranscripts().deliverDue(10))
                    .as("not due yet")
                    .isZero();

            world.later(Duration.ofSeconds(5));
            world.chat.deliverTranscripts().deliverDue(10);
            TranscriptRequest afterSecond =
                    world.store.transcripts().find(request.id()).orElseThrow();
            assertThat(afterSecond.state()).isEqualTo(TranscriptState.PENDING);
            assertThat(afterSecond.nextAttemptAt())
                    .isEqualTo(world.clock.instant().plusSeconds(10));

            world.later(Duration.ofSeconds(10));
            world.chat.deliverTranscripts().deliverDue(10);
            assertThat(world.store
                            .transcripts()
                            .find(request.id())
                            .orElseThrow()
                            .state())
                    .isEqualTo(TranscriptState.SENT);
            assertThat(world.mailer.sent()).hasSize(1);
            assertThat(world.mailer.attempts()).isEqualTo(3);
            assertThat(transcriptStatesInHistory())
                    .as("a retry is not a new state")
                    .containsExactly("PENDING", "SENT");
        }

        @Test
        void aPermanentFailureIsFailedAtOnceWithTheErrorKept() {
            aConversationTookPlaceAndClosed();
            TranscriptRequest request = request(Optional.empty());
            world.mailer.failPermanently(true);

            world.chat.deliverTranscripts().deliverDue(10);

            TranscriptRequest after =
                    world.store.transcripts().find(request.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(TranscriptState.FAILED);
            assertThat(after.lastError()).hasValueSatisfying(e -> assertThat(e).contains("550"));
            assertThat(transcriptStatesInHistory()).containsExactly("PENDING", "FAILED");
            EventRecord failed = world.history(id).get(world.history(id).size() - 1);
            assertThat(failed.data().get("detail")).asString().contains("550");

            world.later(Duration.ofHours(1));
            world.mailer.failPermanently(false);
            assertThat(world.chat.deliverTranscripts().deliverDue(10)).isZero();
            assertThat(world.mailer.sent()).isEmpty();
        }

        @Test
        void theLastTemporaryFailureGivesUp() {
            World quick =
                    new World(b -> b.retrySchedule(new RetrySchedule(2, Duration.ofSeconds(1), Duration.ofSeconds(1))));
            Operator ana = quick.add(operator("u1", "Ana"));
            ConversationId id = quick.start(visitor("Claire")).conversation().id();
            quick.close(as(ana), id);
            TranscriptRequest request = quick.chat
                    .transcripts()
                    .requestTranscript(new RequestTranscriptCommand(as(ana), id, TO, Optional.empty()));
            quick.mailer.failNext(5);

            quick.chat.deliverTranscripts().deliverDue(10);
            quick.later(Duration.ofSeconds(1));
            quick.chat.deliverTranscripts().deliverDue(10);

            assertThat(quick.store
                            .transcripts()
                            .find(request.id())
                            .orElseThrow()
                            .state())
                    .isEqualTo(TranscriptState.FAILED);
            assertThat(quick.mailer.attempts()).isEqualTo(2);
        }
    }
}
