package dev.livechat.domain.port.in;

import java.time.Duration;

/** The system closes open conversations with no activity for {@code timeout}. Returns how many it closed. */
public interface CloseInactiveConversationsUseCase {
    int closeInactive(Duration timeout);
}
