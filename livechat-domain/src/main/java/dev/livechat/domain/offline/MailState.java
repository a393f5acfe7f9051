package dev.livechat.domain.offline;

/**
 * Where the mail of an offline message to its channel's address stands: PENDING until sent, SENT,
 * FAILED after the last try, or NO_ADDRESS when the channel had none when the message came (it is
 * then only listed).
 */
public enum MailState {
    PENDING,
    SENT,
    FAILED,
    NO_ADDRESS
}
