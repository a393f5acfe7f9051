package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A conversation's moving counters and version ({@code conversation_activity}), the fields of
 * {@link ConversationEntity} marked transient there, under the same names: mapped for the queries
 * that filter or sort by them. Inserts, loads and updates go through {@link ConversationColumns}.
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
}
