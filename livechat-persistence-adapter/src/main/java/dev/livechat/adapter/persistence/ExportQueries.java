package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ExportedConversation.ExportedChannel;
import dev.livechat.domain.report.ExportedConversation.ExportedOperator;
import dev.livechat.domain.report.ExportedConversation.Figures;
import dev.livechat.domain.report.ExportedConversation.Labels;
import dev.livechat.domain.report.ExportedConversation.Timing;
import dev.livechat.domain.report.ExportedConversation.VisitorLocale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.StatelessSession;

/**
 * The export, a page at a time: each page is one short transaction of one statement, read by keyset
 * (start time, id) on the {@code conversations_started} index, so a page costs the same at the
 * millionth row as at the first, and memory holds one page whatever the range. Operators, tags and
 * expertise come from the conversation row's own copies (no join per page); tags and expertise are
 * spelt as the catalogue spells them, as in the reports. Rows go to the sink after the page's
 * transaction ends: a slow client holds no connection and no lock. Pages do not share one snapshot:
 * a conversation started meanwhile inside the range may or may not appear (each appears at most once).
 */
final class ExportQueries {
    /** Conversations per page. */
    static final int PAGE = 500;

    private final Database db;
    private final int page;

    ExportQueries(Database db, int page) {
        this.db = db;
        this.page = page;
    }

    void export(ExportQuery query, Consumer<ExportedConversation> sink) {
        Spelling spelling = db.transaction(Spelling::read);
        Page read = null;
        do {
            Cursor after = read == null ? null : read.next();
            read = db.transaction(s -> page(s, query, after, spelling));
            read.rows().forEach(sink);
        } while (read.rows().size() == page);
    }

    /** Where the previous page stopped: its last row's start (epoch ms) and id. */
    private record Cursor(long startedMs, String id) {}

    private record Page(List<ExportedConversation> rows, Cursor next) {}

    /** The catalogue's spelling of tag and expertise names by key: as many as the catalogue has, not the range. */
    private record Spelling(Map<String, String> tags, Map<String, String> expertise) {
        static Spelling read(StatelessSession s) {
            return new Spelling(
                    names(s, "select t.nameKey, t.name from TagEntity t"),
                    names(s, "select x.nameKey, x.name from ExpertiseEntity x"));
        }

        private static Map<String, String> names(StatelessSession s, String hql) {
            Map<String, String> names = new HashMap<>();
            s.createSelectionQuery(hql, Object[].class)
                    .getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
            return names;
        }

        List<String> tags(String json) {
            return ConversationJson.tags(json).stream()
                    .sorted()
                    .map(t -> tags.getOrDefault(t.key(), t.value()))
                    .toList();
        }

        List<String> expertise(String json) {
            return ConversationJson.expertise(json).stream()
                    .sorted()
                    .map(x -> expertise.getOrDefault(x.key(), x.value()))
                    .toList();
        }
    }

    private Page page(StatelessSession s, ExportQuery query, Cursor after, Spelling spelling) {
        String hql = "select c.id, c.channelId, ch.name, c.startedAt, c.closedAt, c.outcome, c.visitorCountry,"
                + " c.visitorLanguage, c.startedMs, a.firstReplyMs, a.lastSeq, c.participants, c.tags, c.expertise,"
                + " c.ratingScore"
                + " from ConversationEntity c join ConversationActivityEntity a on a.conversationId = c.id"
                + " left join ChannelEntity ch on ch.id = c.channelId"
                + " where c.startedMs >= :from and c.startedMs < :to"
                + (after == null
                        ? ""
                        // the first condition alone bounds the index range; the second skips the rows sent
                        : " and c.startedMs >= :afterMs and (c.startedMs > :afterMs or c.id > :afterId)")
                + " order by c.startedMs, c.id";
        var select = s.createSelectionQuery(hql, Object[].class)
                .setParameter("from", query.from().toEpochMilli())
                .setParameter("to", query.to().toEpochMilli())
                .setMaxResults(page);
        if (after != null) select.setParameter("afterMs", after.startedMs()).setParameter("afterId", after.id());
        List<Object[]> conversations = select.getResultList();
        if (conversations.isEmpty()) return new Page(List.of(), after);
        List<ExportedConversation> rows = new ArrayList<>(conversations.size());
        for (Object[] r : conversations) rows.add(row(r, spelling));
        Object[] last = conversations.get(conversations.size() - 1);
        return new Page(rows, new Cursor(((Number) last[8]).longValue(), (String) last[0]));
    }

    private static ExportedConversation row(Object[] r, Spelling spelling) {
        String channel = (String) r[1];
        long startedMs = ((Number) r[8]).longValue();
        Optional<Duration> firstResponse =
                Optional.ofNullable((Number) r[9]).map(ms -> Duration.ofMillis(ms.longValue() - startedMs));
        return new ExportedConversation(
                ConversationId.of((String) r[0]),
                new ExportedChannel(ChannelId.of(channel), r[2] == null ? channel : (String) r[2]),
                new Timing((Instant) r[3], Optional.ofNullable((Instant) r[4]), firstResponse),
                Optional.ofNullable((String) r[5]).map(Outcome::valueOf),
                operators((String) r[11]),
                new Labels(spelling.tags((String) r[12]), spelling.expertise((String) r[13])),
                new VisitorLocale(Optional.ofNullable((String) r[6]), Optional.ofNullable((String) r[7])),
                new Figures(((Number) r[10]).longValue(), rating(r)));
    }

    /** The visitor's score, 1 to 5, once given (the comment is the visitor's words: not exported). */
    private static Optional<String> rating(Object[] conversationRow) {
        return Optional.ofNullable((Number) conversationRow[14]).map(score -> Integer.toString(score.intValue()));
    }

    /** Each operator who took part, once, in the order they came in, with the name they had then. */
    private static List<ExportedOperator> operators(String participantsJson) {
        Map<String, ExportedOperator> byId = new LinkedHashMap<>();
        for (Participant p : ConversationJson.participants(participantsJson).all())
            byId.putIfAbsent(p.id().value(), new ExportedOperator(p.id(), p.name()));
        return List.copyOf(byId.values());
    }
}
