package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.port.in.PostMessageCommand;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With each commit written before it is answered, H2's own background compaction does not run; the
 * storage's compaction gives the space back while the database stays open, and nothing is lost.
 */
class H2CompactionTest {
    @TempDir
    Path dir;

    @Test
    void compactingWhileOpenShrinksTheFileAndKeepsEveryConversation() throws Exception {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            StorageFootprint.write(storage, 60);
            long grown = StorageFootprint.h2Bytes(dir);

            storage.compact(Duration.ofSeconds(5));

            long compacted = StorageFootprint.h2Bytes(dir);
            assertThat(compacted)
                    .as("file after compaction, was %d bytes", grown)
                    .isLessThan(grown / 2);
            assertThat(storage.events().after(0, 10_000).stream()
                            .map(e -> e.conversationId())
                            .distinct()
                            .count())
                    .isEqualTo(60);
            ConversationId any = storage.events().after(0, 1).get(0).conversationId();
            assertThat(storage.conversations().messagesAfter(any, 0, 100)).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void aPassHoldsTheTransactionsBackInStepsAndConversationsAreWrittenBetweenThem() throws Exception {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            StorageFootprint.write(storage, 60);
            long grown = StorageFootprint.h2Bytes(dir);

            LiveChat chat = LiveChat.builder()
                    .storage(storage.ports())
                    .mailer((t, to) -> {})
                    .build();
            ConversationId open = Guests.start(chat, "Claire", "Hello, is anyone there?");
            PostMessageCommand post =
                    new PostMessageCommand(Caller.visitor(open), open, MessageBody.of("Still there?"));

            CompletableFuture<Void> pass = CompletableFuture.runAsync(() -> storage.compact(Duration.ofSeconds(4)));
            int postedMeanwhile = 0;
            while (!pass.isDone()) {
                chat.postVisitorMessage().postVisitorMessage(post);
                if (!pass.isDone()) postedMeanwhile++;
            }
            pass.get();

            // held for the whole pass, as H2's own pass held them, none would be written while it runs
            // (one begun before it took the gate at most). A post is one transaction: a whole
            // conversation (a dozen) did not always fit in a fast machine's pass of short steps.
            assertThat(postedMeanwhile).as("messages posted while the pass ran").isGreaterThan(1);
            assertThat(StorageFootprint.h2Bytes(dir)).as("the file after it").isLessThan(grown / 2);
        }
    }

    @Test
    void passesOfCompressedPagesTakeTheFileToAtMostTwoAndAHalfKilobytesPerClosedConversation() throws Exception {
        int conversations = 200;
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            storage.compact(StorageFootprint.PASS);
            long empty = StorageFootprint.h2Bytes(dir);
            StorageFootprint.write(storage, conversations);
            // H2's own passes stop moving chunks once none is sparse enough to rewrite (≈ 8.8 KB a
            // conversation here); pages stored uncompressed took ≈ 4.4 KB (the bound is 5 KB)
            long after = StorageFootprint.settle(storage, dir).bytes();

            assertThat((after - empty) / conversations)
                    .as("bytes per conversation of ten messages, file %d bytes, empty %d", after, empty)
                    .isLessThanOrEqualTo(2_500);
        }
    }

    @Test
    void aFileThatOutgrewThePassesIsCompactedBeforeItsPeriodIsOver() throws Exception {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            EmbeddedFile file = storage.embeddedFile();
            Duration hour = Duration.ofHours(1);
            assertThat(file.compactWhenDue(Duration.ofMillis(300), hour, Long.MAX_VALUE))
                    .as("within its period, never behind")
                    .isFalse();
            StorageFootprint.write(storage, 30);
            long grown = StorageFootprint.h2Bytes(dir);
            assertThat(file.compactWhenDue(Duration.ofMillis(300), hour, grown * 2))
                    .as("a grown file under the size from which it can be behind")
                    .isFalse();

            assertThat(file.compactWhenDue(Duration.ofSeconds(5), hour, 1 << 20))
                    .as("a grown file over it, mostly not live data")
                    .isTrue();
            assertThat(StorageFootprint.h2Bytes(dir)).isLessThan(grown / 2);
        }
    }

    @Test
    void aPassBehindMovesHalfTheFileButNeverLessThan128NorMoreThan256Megabytes() {
        assertThat(H2Files.catchUpMove(100L << 20)).isEqualTo(128L << 20);
        assertThat(H2Files.catchUpMove(400L << 20)).isEqualTo(200L << 20);
        // half of a 2.9 GB file behind, moved in one pass, held every transaction back for 4.1 s
        assertThat(H2Files.catchUpMove(2_900L << 20)).isEqualTo(256L << 20);
    }

    @Test
    void aPassLeavesUnusedChunksASecondBeforeTheirSpaceCanGo() throws Exception {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            StorageFootprint.write(storage, 5);

            storage.compact(StorageFootprint.PASS);

            // H2's compaction itself leaves 0, where reads now and then fail with "Chunk … not found"
            assertThat(setting("RETENTION_TIME"))
                    .as("after a pass")
                    .isEqualTo(H2Files.RETENTION_MILLIS)
                    .isPositive();
        }
    }

    /**
     * A setting as H2 reports it, from a connection of its own to the open embedded database. Its URL
     * leaves {@code WRITE_DELAY} out: H2 applies a URL's value to the whole database at each
     * connection it opens, so this one would set what it reads.
     */
    private int setting(String name) throws Exception {
        DatabaseSettings h2 = DatabaseSettings.h2File(dir);
        String url = h2.jdbcUrl().replace(";WRITE_DELAY=0", "");
        try (Connection c = DriverManager.getConnection(url, h2.user(), h2.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = '" + name + "'")) {
            assertThat(r.next()).isTrue();
            return Integer.parseInt(r.getString(1));
        }
    }

    @Test
    void aNewDatabaseIsMigratedWithoutAChunkPerStatementThenEachCommitIsWrittenAgain() throws Exception {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            // written at each of its ≈ 150 statements, the new file took ≈ 2.6 MB before any pass
            assertThat(StorageFootprint.h2Bytes(dir))
                    .as("a new database's file once migrated")
                    .isLessThan(1 << 20);
            assertThat(setting("WRITE_DELAY"))
                    .as("each commit written before it is answered")
                    .isZero();
        }
    }

    @Test
    void compactingPostgresOrAClosedStoreIsHarmless() {
        JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir));
        storage.close();

        storage.compact(Duration.ofMillis(10));
    }
}
