package dev.livechat.domain.offline;

/** Whether an operator has dealt with an offline message yet. */
public enum OfflineMessageState {
    NEW,
    HANDLED
}
