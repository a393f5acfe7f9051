package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.domain.tag.TagName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Reporting", through the use case: closed sessions grouped, for managers only. */
class ReportTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator max =
            world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER).presence(Presence.OFFLINE));
    final Instant from = World.START;

    @BeforeEach
    void threeSessionsCloseAndOneStaysOpen() {
        // a success: the visitor and Ana both wrote, 10 minutes in all, Ana answered after 2 minutes
        StartedConversation success = world.start(visitor("One").saying("Hello"));
        world.laterMinutes(2);
        world.operatorWrites(ana, success.conversation().id(), "Hi");
        world.chat.tags().addTag(new TagCommand(as(ana), success.conversation().id(), TagName.of("Refund")));
        world.laterMinutes(8);
        world.close(as(ana), success.conversation().id());
        // no answer: Ana never wrote, 4 minutes
        StartedConversation silent = world.start(visitor("Two").saying("Hello?"));
        world.laterMinutes(4);
        world.close(world.visitorOf(silent), silent.conversation().id());
        // no one available: Ana is away
        world.chat.users().changePresence(as(ana), Presence.AWAY);
        StartedConversation nobody = world.start(visitor("Three"));
        world.laterMinutes(1);
        world.close(world.visitorOf(nobody), nobody.conversation().id());
        // still open: not in any report
        world.start(visitor("Four"));
    }

    List<ReportRow> report(Operator caller, ReportGrouping grouping) {
        return world.chat
                .reports()
                .report(as(caller), new ReportQuery(grouping, from, from.plus(Duration.ofDays(1)), Optional.empty()));
    }

    @Test
    void groupsClosedSessionsByOutcome() {
        List<ReportRow> rows = report(max, ReportGrouping.OUTCOME);

        assertThat(rows).extracting(ReportRow::key).containsExactly("NO_ANSWER", "NO_ONE_AVAILABLE", "SUCCESS");
        assertThat(rows).allSatisfy(row -> assertThat(row.count()).isEqualTo(1));
        ReportRow success = rows.get(2);
        assertThat(success.avgDurationSeconds()).isEqualTo(600.0);
        assertThat(success.avgFirstResponseSeconds()).contains(120.0);
        assertThat(success.avgMessages()).isEqualTo(2.0);
        assertThat(rows.get(0).avgFirstResponseSeconds()).isEmpty();
    }

    @Test
    void groupsByTagWithTheUntaggedUnderNone() {
        assertThat(report(max, ReportGrouping.TAG))
                .extracting(ReportRow::key, ReportRow::count)
                .containsExactly(tuple("(none)", 2L), tuple("Refund", 1L));
    }

    @Test
    void isRefusedToOperatorsWhoAreNotManagers() {
        assertThatThrownBy(() -> report(ana, ReportGrouping.OUTCOME)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leavesOutSessionsStartedOutsideTheRange() {
        List<ReportRow> rows = world.chat
                .reports()
                .report(
                        as(max),
                        new ReportQuery(
                                ReportGrouping.CHANNEL,
                                from.minus(Duration.ofDays(2)),
                                from.minus(Duration.ofDays(1)),
                                Optional.empty()));

        assertThat(rows).isEmpty();
        assertThat(report(max, ReportGrouping.CHANNEL))
                .singleElement()
                .satisfies(row -> assertThat(row.count()).isEqualTo(3));
    }
}
