package dev.livechat.domain.transcript;

/**
 * Where a transcript request stands: waiting for the visitor to confirm the address by the link
 * mailed to it, recorded (due for sending), delivered, or given up after the last try.
 */
public enum TranscriptState {
    AWAITING_CONFIRMATION,
    PENDING,
    SENT,
    FAILED
}
