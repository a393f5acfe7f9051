package dev.livechat.domain.port.out;

import dev.livechat.domain.typing.TypingNotice;

/**
 * Carries typing notices to event-stream subscribers. They are not stored: {@link #everywhere}
 * reaches this instance's subscribers and, where the storage can carry it (PostgreSQL
 * NOTIFY), every other instance's; {@link #here} only this instance's, for what every instance
 * works out for itself (a lapsed "typing").
 */
public interface TypingSignalsPort {
    void everywhere(TypingNotice notice);

    void here(TypingNotice notice);

    TypingSignalsPort NONE = new TypingSignalsPort() {
        @Override
        public void everywhere(TypingNotice notice) {}

        @Override
        public void here(TypingNotice notice) {}
    };
}
