package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.typing.TypingNotice;
import dev.livechat.testsupport.PgSchema;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Typing notices cross instances whole in a NOTIFY payload, nothing stored: the other instance of
 * the same schema hears them, the sender and a service on another schema of the same database do not.
 */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresTypingRelayTest {
    static final TypingNotice ANA_TYPING = new TypingNotice(
            ConversationId.of("c-typing"),
            CHANNEL,
            SeenMarks.Side.OPERATOR,
            Actor.user(UserId.of("u1"), "Ana \"the\" Ünïcode"),
            true,
            Instant.parse("2026-03-02T09:00:00.123456Z"));

    final PgSchema schema = new PgSchema();
    final PgSchema otherSchema = new PgSchema();
    final JpaStorage a = open(schema);
    final JpaStorage b = open(schema);
    final JpaStorage elsewhere = open(otherSchema);

    static JpaStorage open(PgSchema schema) {
        return JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        elsewhere.close();
        schema.close();
        otherSchema.close();
    }

    @Test
    void aNoticeAnnouncedByOneInstanceReachesTheOtherOfItsSchemaOnly() throws InterruptedException {
        BlockingQueue<TypingNotice> heardByA = new LinkedBlockingQueue<>();
        BlockingQueue<TypingNotice> heardByB = new LinkedBlockingQueue<>();
        BlockingQueue<TypingNotice> heardElsewhere = new LinkedBlockingQueue<>();
        listening(a, heardByA);
        listening(b, heardByB);
        listening(elsewhere, heardElsewhere);

        a.announceTyping(ANA_TYPING);

        assertThat(heardByB.poll(10, TimeUnit.SECONDS)).isEqualTo(ANA_TYPING);
        // a round trip later, anything for A or the other schema would have arrived too
        b.announceTyping(ANA_TYPING);
        assertThat(heardByA.poll(10, TimeUnit.SECONDS)).isEqualTo(ANA_TYPING);
        assertThat(heardByA).isEmpty();
        assertThat(heardByB).isEmpty();
        assertThat(heardElsewhere).isEmpty();
    }

    /**
     * Listens for typing, and waits until the connection LISTENs on both channels: the listener of
     * appended events, registered first, is called once that is done.
     */
    static void listening(JpaStorage storage, BlockingQueue<TypingNotice> heard) throws InterruptedException {
        Semaphore connected = new Semaphore(0);
        storage.onEventsAppendedElsewhere(connected::release);
        storage.onTypingElsewhere(heard::add);
        assertThat(connected.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aMalformedOrForeignPayloadIsIgnored() {
        assertThat(TypingRelay.read("not json", "o", "s")).isEmpty();
        String mine = Json.write(TypingRelay.payload(ANA_TYPING, "o", "s"));
        assertThat(TypingRelay.read(mine, "o", "s")).isEmpty();
        assertThat(TypingRelay.read(mine, "other", "another-schema")).isEmpty();
        assertThat(TypingRelay.read(mine, "other", "s")).contains(ANA_TYPING);
    }
}
