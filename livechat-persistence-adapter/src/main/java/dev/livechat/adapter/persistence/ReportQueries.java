package dev.livechat.adapter.persistence;

import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Reports as one SQL aggregate: closed conversations started in [from, to), grouped, with COUNT and
 * AVG computed by the database. Durations come from the epoch-millisecond columns, so the arithmetic
 * is the same on H2 and PostgreSQL. A conversation with several tags, expertise or operators counts
 * in each of their groups; one with none in "(none)". Tag and expertise keys are the catalogue's
 * spelling.
 */
final class ReportQueries {
    static final String NONE = "(none)";

    private ReportQueries() {}

    static List<ReportRow> report(StatelessSession session, ReportQuery query) {
        Group group = Group.of(query.groupBy());
        String sql = "select " + group.key + " as group_key, count(*) as sessions,"
                + " avg(cast(c.closed_ms - c.started_ms as double precision)) / 1000.0 as avg_duration,"
                + " avg(cast(a.first_reply_ms - c.started_ms as double precision)) / 1000.0 as avg_first_reply,"
                + " avg(cast(a.last_seq as double precision)) as avg_messages,"
                + " avg(cast(c.rating_score as double precision)) as avg_rating"
                + " from conversations c join conversation_activity a on a.conversation_id = c.id" + group.join
                + " where c.closed = true and c.started_ms >= :from and c.started_ms < :to"
                + query.channel().map(channel -> " and c.channel_id = :channel").orElse("")
                + " group by " + group.key;
        NativeQuery<Object[]> rows = session.createNativeQuery(sql, Object[].class)
                .setParameter("from", query.from().toEpochMilli())
                .setParameter("to", query.to().toEpochMilli());
        query.channel().ifPresent(channel -> rows.setParameter("channel", channel.value()));
        return rows.getResultList().stream()
                .map(ReportQueries::row)
                .sorted(Comparator.comparing(ReportRow::key))
                .toList();
    }

    private static ReportRow row(Object[] r) {
        return new ReportRow(
                (String) r[0],
                ((Number) r[1]).longValue(),
                ((Number) r[2]).doubleValue(),
                Optional.ofNullable((Number) r[3]).map(Number::doubleValue),
                ((Number) r[4]).doubleValue(),
                Optional.ofNullable((Number) r[5]).map(Number::doubleValue));
    }

    /** The group key expression and the join that brings it in. */
    private record Group(String key, String join) {
        static Group of(ReportGrouping grouping) {
            return switch (grouping) {
                case OUTCOME -> new Group("c.outcome", "");
                case CHANNEL -> new Group("c.channel_id", "");
                case COUNTRY -> new Group("coalesce(c.visitor_country, '" + NONE + "')", "");
                case DAY -> new Group("c.started_day", "");
                case RATING -> new Group("coalesce(cast(c.rating_score as varchar(1)), '" + NONE + "')", "");
                case TAG ->
                    new Group(
                            "coalesce(t.name, ct.name, '" + NONE + "')",
                            " left join conversation_tags ct on ct.conversation_id = c.id"
                                    + " left join tags t on t.name_key = ct.name_key");
                case EXPERTISE ->
                    new Group(
                            "coalesce(x.name, cx.name, '" + NONE + "')",
                            " left join conversation_expertise cx on cx.conversation_id = c.id"
                                    + " left join expertise x on x.name_key = cx.name_key");
                case OPERATOR ->
                    new Group(
                            "coalesce(p.user_id, '" + NONE + "')",
                            " left join (select distinct conversation_id, user_id from conversation_participants) p"
                                    + " on p.conversation_id = c.id");
            };
        }
    }
}
