package dev.livechat.domain.port.in;

import dev.livechat.domain.offline.OfflineMessage;

/**
 * Anyone: leaves a message for a channel (typically while it is closed; it is taken at any time),
 * stored at once and mailed to the channel's address by the worker.
 */
public interface LeaveOfflineMessageUseCase {
    OfflineMessage leave(LeaveOfflineMessageCommand command);
}
