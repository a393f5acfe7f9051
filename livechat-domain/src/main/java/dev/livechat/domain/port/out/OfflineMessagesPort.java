package dev.livechat.domain.port.out;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.offline.Handling;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Offline messages and their mails: an outbox as the transcript requests are. A message is stored
 * before anything is sent, claimed before it is mailed, and its handling and its mail are written
 * apart, so that an operator marking it handled and a worker mailing it never undo each other.
 */
public interface OfflineMessagesPort {
    /** No store: offline messages are refused, and none is listed or due. */
    OfflineMessagesPort NONE = new OfflineMessagesPort() {
        @Override
        public void record(OfflineMessage message) {
            throw new StateConflictException("This service keeps no offline messages");
        }

        @Override
        public Optional<OfflineMessage> find(OfflineMessageId id) {
            return Optional.empty();
        }

        @Override
        public List<OfflineMessage> list(
                Optional<OfflineMessageState> state, Optional<Set<ChannelId>> channels, int max) {
            return List.of();
        }

        @Override
        public boolean markHandled(OfflineMessageId id, Handling handling) {
            return false;
        }

        @Override
        public Optional<OfflineMessage> claimDue(Instant now, Duration lease) {
            return Optional.empty();
        }

        @Override
        public void updateMail(OfflineMessage message) {}
    };

    void record(OfflineMessage message);

    Optional<OfflineMessage> find(OfflineMessageId id);

    /**
     * Newest first, at most {@code max}: in that state (empty: any), of those channels (empty: of
     * every channel).
     */
    List<OfflineMessage> list(Optional<OfflineMessageState> state, Optional<Set<ChannelId>> channels, int max);

    /** Marks the message handled if it is still NEW (a conditional update): false when someone did it first. */
    boolean markHandled(OfflineMessageId id, Handling handling);

    /**
     * Claims the message whose mail is PENDING and due longest at {@code now}, that no live claim
     * holds, for {@code lease}: no other worker, in this process or another, gets it meanwhile.
     */
    Optional<OfflineMessage> claimDue(Instant now, Duration lease);

    /** Stores a claimed message's mail (SENT, PENDING with its next try, or FAILED), nothing else, and ends the claim. */
    void updateMail(OfflineMessage message);
}
