package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * A conversation's row: the whole aggregate state, so that loading it is one statement. The
 * participants, tags and expertise are JSON here and repeated row by row in their own tables for
 * queries; the {@code *_ms} and {@code startedDay} columns exist for portable report arithmetic.
 *
 * <p>The {@link Transient} fields are the conversation's moving counters and its version, stored in
 * {@code conversation_activity} ({@link ConversationActivityEntity}): {@link ConversationColumns}
 * reads both rows in one statement and writes each only when one of its columns changed, so a message
 * post rewrites a narrow row instead of this one. A row read through Hibernate has them unset.
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

    @Transient
    long lastSeq;

    @Transient
    int visitorMessages;

    @Transient
    int visitorMessagesWithOperator;

    @Transient
    int operatorMessages;

    @Transient
    Instant lastMessageAt;

    @Transient
    Instant firstOperatorReplyAt;

    @Transient
    long visitorSeenSeq;

    @Transient
    long operatorSeenSeq;

    @Transient
    Instant lastActivityAt;

    String history;

    @Transient
    long lastEventSeq;

    long startedMs;
    Long closedMs;

    @Transient
    Long firstReplyMs;

    String startedDay;

    @Transient
    Instant replyAwaitedSince;

    @Transient
    boolean replyAnswered;

    Integer ratingScore;
    String ratingComment;
    Instant ratedAt;

    /** The domain's version: 1 after the first save, one more after each. */
    @Transient
    long version;
}
