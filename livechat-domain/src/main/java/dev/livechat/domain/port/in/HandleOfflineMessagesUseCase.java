package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import java.util.List;
import java.util.Optional;

/** Live chat users: the offline messages of their channels (a manager: of every channel). */
public interface HandleOfflineMessagesUseCase {
    int MAX_LISTED = 500;

    /** Newest first, at most {@link #MAX_LISTED}; in that state, or any. */
    List<OfflineMessage> offlineMessages(Caller caller, Optional<OfflineMessageState> state);

    /** NEW → HANDLED, once: a second time is refused naming who handled it. */
    OfflineMessage markHandled(Caller caller, OfflineMessageId id);
}
