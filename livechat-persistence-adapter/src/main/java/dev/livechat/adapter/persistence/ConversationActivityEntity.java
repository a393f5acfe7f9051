package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A conversation's moving counters and version ({@code conversation_activity}), the fields of
 * {@link ConversationEntity} marked transient there, under the same names: mapped for the queries
 * that filter or sort by them and for the insert of a new conversation. Loads and updates go
 * through {@link ConversationColumns}.
 */
@Entity
@Table(name = "conversation_activity")
class ConversationActivityEntity {
    @Id
    String conversationId;

    long lastSeq;
    int visitorMessages;
    int visitorMessagesWithOperator;
    int operatorMessages;
    Instant lastMessageAt;
    Instant firstOperatorReplyAt;
    Long firstReplyMs;
    long visitorSeenSeq;
    long operatorSeenSeq;
    Instant lastActivityAt;
    long lastEventSeq;
    Instant replyAwaitedSince;
    boolean replyAnswered;
    long version;

    /** The activity half of a conversation's row. */
    static ConversationActivityEntity of(ConversationEntity row) {
        ConversationActivityEntity a = new ConversationActivityEntity();
        a.conversationId = row.id;
        a.lastSeq = row.lastSeq;
        a.visitorMessages = row.visitorMessages;
        a.visitorMessagesWithOperator = row.visitorMessagesWithOperator;
        a.operatorMessages = row.operatorMessages;
        a.lastMessageAt = row.lastMessageAt;
        a.firstOperatorReplyAt = row.firstOperatorReplyAt;
        a.firstReplyMs = row.firstReplyMs;
        a.visitorSeenSeq = row.visitorSeenSeq;
        a.operatorSeenSeq = row.operatorSeenSeq;
        a.lastActivityAt = row.lastActivityAt;
        a.lastEventSeq = row.lastEventSeq;
        a.replyAwaitedSince = row.replyAwaitedSince;
        a.replyAnswered = row.replyAnswered;
        a.version = row.version;
        return a;
    }
}
