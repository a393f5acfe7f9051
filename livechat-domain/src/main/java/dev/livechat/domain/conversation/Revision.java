package dev.livechat.domain.conversation;

/**
 * Where a conversation's state stands: the sequence number of its last event, and the version
 * storage last saw (0 for a new conversation), for optimistic locking.
 */
public record Revision(long lastEventSeq, long version) {
    public static final Revision NEW = new Revision(0, 0);

    Revision afterEvent(long seq) {
        return new Revision(seq, version);
    }

    Revision atVersion(long version) {
        return new Revision(lastEventSeq, version);
    }
}
