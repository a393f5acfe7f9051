package dev.livechat.domain.transcript;

/** Where a transcript request stands: recorded, delivered, or given up after the last try. */
public enum TranscriptState {
    PENDING,
    SENT,
    FAILED
}
