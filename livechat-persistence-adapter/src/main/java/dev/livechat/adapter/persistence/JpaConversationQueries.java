package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.RecentConversation;
import dev.livechat.domain.port.out.*;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read models over the stored conversations (lists, the help queue) and the event stream. */
public final class JpaConversationQueries implements QueryConversationsPort, ReadEventsPort, FindParticipationsPort {
    private final Database db;

    JpaConversationQueries(Database db) {
        this.db = db;
    }

    @Override
    public List<ConversationSummary> list(ConversationFilter filter) {
        return db.transaction(s -> ConversationQueries.list(s, filter));
    }

    @Override
    public List<RecentConversation> recent(Visitor visitor, ConversationId excluding, Instant since, int limit) {
        return db.transaction(s -> ConversationQueries.recent(s, visitor, excluding, since, limit));
    }

    @Override
    public Optional<UserId> previousOperator(Visitor visitor) {
        return db.transaction(s -> ConversationQueries.previousOperator(s, visitor));
    }

    @Override
    public List<ConversationId> ongoingConversationsOf(UserId user, int limit) {
        return db.transaction(s -> ParticipationQueries.ongoingConversationsOf(s, user, limit));
    }

    @Override
    public List<ConversationId> waitingForOperator(int limit) {
        return db.transaction(s -> ConversationQueries.waitingForOperator(s, limit));
    }

    @Override
    public List<ConversationId> inactiveSince(Instant cutoff, int limit) {
        return db.transaction(s -> ConversationQueries.inactiveSince(s, cutoff, limit));
    }

    @Override
    public List<ConversationId> unansweredSince(ChannelId channel, Instant cutoff, int limit) {
        return db.transaction(s -> ConversationQueries.unansweredSince(s, channel, cutoff, limit));
    }

    @Override
    public List<EventRecord> after(long afterPosition, int limit) {
        return db.jdbc(c -> EventLog.after(c, afterPosition, limit));
    }

    @Override
    public long lastPosition() {
        return db.transaction(EventLog::lastPosition);
    }
}
