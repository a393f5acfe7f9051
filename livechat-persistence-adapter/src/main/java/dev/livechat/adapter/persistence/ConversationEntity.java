package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A conversation's row: the whole aggregate state, so that loading it is one statement. The
 * participants, tags and expertise are JSON here and repeated row by row in their own tables for
 * queries; the {@code *_ms} and {@code startedDay} columns exist for portable report arithmetic.
 */
@Entity
@Table(name = "conversations")
class ConversationEntity {
    @Id
    String id;

    /** The conversation's number, unique and never changed: the key of its messages (not updatable). */
    long logKey;

    String channelId;
    String visitorName;
    String visitorEmail;
    String visitorTimeZone;
    String contactId;
    String visitorKey;
    String visitorLanguage;
    String visitorCountry;
    String chatbotAnswers;
    String expertise;
    String tags;
    String noteText;
    String noteEditedBy;
    String noteEditorName;
    Instant noteEditedAt;
    Instant startedAt;
    String status;
    Instant statusSince;
    Instant helpRequestedAt;
    boolean closed;
    Instant closedAt;
    String outcome;
    String closeCause;
    String participants;
    String assignedOperatorId;
    String assignmentRule;
    String assignmentTrace;
    long lastSeq;
    int visitorMessages;
    int visitorMessagesWithOperator;
    int operatorMessages;
    Instant lastMessageAt;
    Instant firstOperatorReplyAt;
    long visitorSeenSeq;
    long operatorSeenSeq;
    Instant lastActivityAt;
    String history;
    long lastEventSeq;
    long startedMs;
    Long closedMs;
    Long firstReplyMs;
    String startedDay;
    Instant replyAwaitedSince;
    boolean replyAnswered;
    Integer ratingScore;
    String ratingComment;
    Instant ratedAt;

    /** The domain's version: 1 after the first save, one more after each. */
    @Version
    long version;
}
