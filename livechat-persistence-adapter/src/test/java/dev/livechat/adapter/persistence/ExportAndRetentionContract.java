package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.SetExpertiseCommand;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.privacy.Erased;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.domain.retention.RetentionPeriod;
import dev.livechat.domain.service.RetentionService;
import dev.livechat.domain.tag.TagName;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The export and the retention period against a real database, written through the use cases as
 * the service writes it (and, for volume, seeded in SQL): rows and their order, memory that does
 * not grow with the range, and text erased in batches, once, with the reports unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ExportAndRetentionContract {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant DAY_AFTER = T0.plus(Duration.ofDays(1));

    /** The storage, and the settings to reach its database over JDBC. */
    protected abstract JpaStorage storage();

    /** Empties every table: each test starts from nothing. */
    protected abstract void empty();

    protected abstract DatabaseSettings settings();

    final MutableClock clock = new MutableClock(T0);
    LiveChat chat;
    Operator ana;

    @BeforeEach
    void chatOverTheStorage() {
        empty();
        chat = LiveChat.builder()
                .storage(storage().ports())
                .mailer((t, to) -> {})
                .clock(clock)
                .build();
        storage().catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        ana = operator("u-ana", "Ana").presence(Presence.ONLINE).build();
        storage().operators().save(ana);
    }

    @Test
    void exportsEachConversationOfTheRangeWithItsFactsInStartOrder() {
        ConversationId answered = Guests.start(chat, "Vera", "Where is my parcel?");
        clock.advance(Duration.ofSeconds(42));
        chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(Caller.user(ana), answered, MessageBody.of("On its way")));
        chat.tags().addTag(new TagCommand(Caller.user(ana), answered, TagName.of("Billing")));
        chat.setExpertise()
                .setExpertise(
                        new SetExpertiseCommand(Caller.user(ana), answered, Set.of(ExpertiseName.of("Shipping"))));
        clock.advance(Duration.ofMinutes(3));
        chat.close().close(new ConversationCommand(Caller.user(ana), answered));
        clock.advance(Duration.ofMinutes(1));
        ConversationId open = Guests.start(chat, "Otto", "Hello?");

        List<ExportedConversation> rows = export(T0, DAY_AFTER);

        assertThat(rows).extracting(ExportedConversation::id).containsExactly(answered, open);
        ExportedConversation first = rows.get(0);
        assertThat(first.channel().id()).isEqualTo(CHANNEL);
        assertThat(first.channel().name()).isEqualTo("Website support");
        assertThat(first.timing().startedAt()).isEqualTo(T0);
        assertThat(first.timing().closedAt()).contains(T0.plusSeconds(42 + 180));
        assertThat(first.outcome()).contains(Outcome.SUCCESS);
        assertThat(first.operators())
                .extracting(o -> o.id().value() + " " + o.name())
                .containsExactly("u-ana Ana");
        assertThat(first.labels().tags()).containsExactly("Billing");
        assertThat(first.labels().expertise()).containsExactly("Shipping");
        assertThat(first.visitor().language()).contains("en");
        assertThat(first.timing().firstResponse()).contains(Duration.ofSeconds(42));
        assertThat(first.figures().messages()).isEqualTo(2);
        assertThat(first.figures().rating()).isEmpty();
        ExportedConversation second = rows.get(1);
        assertThat(second.timing().closedAt()).isEmpty();
        assertThat(second.outcome()).isEmpty();
        assertThat(second.timing().firstResponse()).isEmpty();

        assertThat(export(T0.plusSeconds(1), DAY_AFTER))
                .extracting(ExportedConversation::id)
                .containsExactly(open);
        assertThat(export(DAY_AFTER, DAY_AFTER.plusSeconds(1))).isEmpty();
    }

    /**
     * Last: emptying the database of 100,000 conversations before the next test would take longer
     * than the test itself.
     *
     * <p>100,000 conversations seeded in SQL, exported: all of them, each once, in order, while the
     * live heap stays within a few megabytes. Holding the rows (a list of them, or a result set read
     * whole) would keep tens of megabytes alive at the end.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void exportsOneHundredThousandConversationsInMemoryThatDoesNotGrowWithThem() throws SQLException {
        int count = 100_000;
        seed(count);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        export(T0, DAY_AFTER.plusSeconds(1)); // warm: query plans, classes
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong seen = new AtomicLong();
        AtomicLong heldNearTheEnd = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>("");
        List<String> outOfOrder = new ArrayList<>();

        storage().reports().exportConversations(new ExportQuery(T0, T0.plus(Duration.ofDays(3))), row -> {
            String key = row.timing().startedAt() + " " + row.id().value();
            if (key.compareTo(previous.get()) <= 0 && outOfOrder.size() < 5) outOfOrder.add(key);
            previous.set(key);
            if (seen.get() == 0) {
                assertThat(row.operators()).extracting(o -> o.name()).containsExactly("Ana");
                assertThat(row.labels().tags()).containsExactly("VIP");
                assertThat(row.labels().expertise()).containsExactly("Shipping");
                assertThat(row.timing().firstResponse()).contains(Duration.ofSeconds(5));
            }
            if (seen.incrementAndGet() == count - 10) {
                System.gc();
                heldNearTheEnd.set(memory.getHeapMemoryUsage().getUsed() - before);
            }
        });

        assertThat(seen).hasValue(count);
        assertThat(outOfOrder).isEmpty();
        assertThat(heldNearTheEnd.get())
                .as("heap held after exporting %d rows", count - 10)
                .isLessThan(12L * 1024 * 1024);
    }

    @Test
    void retentionErasesTheTextOfConversationsClosedBeforeThePeriodInBatchesAndKeepsTheReports() {
        List<ConversationId> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) old.add(closedConversation("Old secret " + i));
        clock.advance(Duration.ofDays(20));
        ConversationId recent = closedConversation("Recent secret");
        ConversationId open = Guests.start(chat, "Olaf", "Open secret");
        clock.advance(Duration.ofDays(11)); // the old ones closed 31 days ago, the recent one 11

        ReportQuery byOutcome = new ReportQuery(ReportGrouping.OUTCOME, T0, clock.instant(), Optional.empty());
        List<ReportRow> reportBefore = storage().reports().report(byOutcome);
        List<ExportedConversation> exportBefore = export(T0, clock.instant());
        CountingRetention counting = new CountingRetention(storage().retention());
        RetentionService retention = new RetentionService(counting, new RetentionPeriod(30), clock, 2);

        assertThat(retention.applyRetention()).isEqualTo(5);
        assertThat(counting.batches).as("batches of 2: 2, 2, 1").hasValue(3);

        for (ConversationId id : old)
            assertThat(messages(id))
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.body().value()).isEqualTo(Erased.TEXT));
        assertThat(messages(recent)).extracting(m -> m.body().value()).contains("Recent secret");
        assertThat(messages(open)).extracting(m -> m.body().value()).contains("Open secret");
        assertThat(storage().reports().report(byOutcome)).isEqualTo(reportBefore);
        assertThat(export(T0, clock.instant())).isEqualTo(exportBefore);
        assertThat(retention.applyRetention()).as("nothing left to erase").isZero();

        clock.advance(Duration.ofDays(20));
        assertThat(retention.applyRetention())
                .as("the recent one, once past the period")
                .isEqualTo(1);
        assertThat(messages(recent))
                .allSatisfy(m -> assertThat(m.body().value()).isEqualTo(Erased.TEXT));
        assertThat(messages(open)).extracting(m -> m.body().value()).contains("Open secret");
    }

    /** Several instances erasing at once: each conversation is erased by exactly one of them. */
    @Test
    void retentionOnSeveralInstancesAtOnceErasesEachConversationOnce() throws Exception {
        for (int i = 0; i < 40; i++) closedConversation("Secret " + i);
        clock.advance(Duration.ofDays(31));
        List<Callable<Long>> instances = Stream.<Callable<Long>>generate(() -> () ->
                        new RetentionService(storage().retention(), new RetentionPeriod(30), clock, 3).applyRetention())
                .limit(3)
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long erased = 0;
        try {
            for (Future<Long> done : pool.invokeAll(instances)) erased += done.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(erased).isEqualTo(40);
        assertThat(textsLeft()).isZero();
    }

    private ConversationId closedConversation(String secret) {
        ConversationId id = Guests.start(chat, "Visitor", secret);
        chat.postOperatorMessage()
                .postOperatorMessage(
                        new PostMessageCommand(Caller.user(ana), id, MessageBody.of("Reply to " + secret)));
        chat.close().close(new ConversationCommand(Caller.user(ana), id));
        return id;
    }

    private List<Message> messages(ConversationId id) {
        return storage().conversations().messagesAfter(id, 0, 100);
    }

    private List<ExportedConversation> export(Instant from, Instant to) {
        List<ExportedConversation> rows = new ArrayList<>();
        storage().reports().exportConversations(new ExportQuery(from, to), rows::add);
        return rows;
    }

    private long textsLeft() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from messages where body <> '" + Erased.TEXT + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        DatabaseSettings settings = settings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /**
     * Closed conversations a second apart from T0 + 1 day, in one INSERT … SELECT over a range of
     * numbers (the databases' own generators), with one operator, a tag and an expertise each: the
     * columns the export reads, as the use cases write them.
     */
    private static final String ANA_JSON = "[{\"id\":\"u-ana\",\"name\":\"Ana\",\"entry\":\"ASSIGNED\",\"since\":\""
            + DAY_AFTER + "\",\"leftAt\":null}]";

    private void seed(int count) throws SQLException {
        boolean postgres = settings().postgres();
        String numbers = postgres ? "generate_series(1, " + count + ") as g(x)" : "system_range(1, " + count + ") g";
        String start = DAY_AFTER.toEpochMilli() + " + g.x * 1000";
        String startedAt = postgres
                ? "timestamptz '" + DAY_AFTER + "' + g.x * interval '1 second'"
                : "dateadd(second, g.x, timestamp with time zone '"
                        + DAY_AFTER.toString().replace('T', ' ').replace("Z", "+00") + "')";
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("insert into conversations (id, channel_id, visitor_name, visitor_country,"
                    + " visitor_language, chatbot_answers, expertise, tags, started_at, status, status_since, closed,"
                    + " closed_at, outcome, close_cause, participants, assignment_rule, assignment_trace, history,"
                    + " started_ms, closed_ms, started_day, log_key)"
                    + " select 'seeded-' || cast(1000000 + g.x as varchar(10)), 'c1', 'Visitor', 'BE', 'fr-BE', '[]', '[\"Shipping\"]', '[\"VIP\"]',"
                    + startedAt + ", null, " + startedAt + ", true, " + startedAt + ", 'SUCCESS', 'OPERATOR', '"
                    + ANA_JSON + "',"
                    + " 'LANGUAGE', '[]', '[]', " + start + ", " + start
                    + " + 60000, '2026-01-06', 10000000 + g.x from " + numbers);
            s.executeUpdate("insert into conversation_activity (conversation_id, last_seq, visitor_messages,"
                    + " visitor_messages_with_operator, operator_messages, last_activity_at, last_event_seq,"
                    + " first_reply_ms, visitor_seen_seq, operator_seen_seq, reply_answered, version)"
                    + " select 'seeded-' || cast(1000000 + g.x as varchar(10)), 6, 3, 3, 3, " + startedAt + ", 6, "
                    + start + " + 5000, 0, 0, false, 0 from " + numbers);
            c.commit();
        }
    }

    /** The storage's retention, counting the batches it is asked for. */
    private static final class CountingRetention implements dev.livechat.domain.port.out.RetentionPort {
        final AtomicLong batches = new AtomicLong();
        private final dev.livechat.domain.port.out.RetentionPort storage;

        CountingRetention(dev.livechat.domain.port.out.RetentionPort storage) {
            this.storage = storage;
        }

        @Override
        public int eraseConversationsClosedBefore(Instant cutoff, Instant now, int max) {
            batches.incrementAndGet();
            return storage.eraseConversationsClosedBefore(cutoff, now, max);
        }
    }
}
