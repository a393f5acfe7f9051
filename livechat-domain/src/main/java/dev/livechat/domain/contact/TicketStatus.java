package dev.livechat.domain.contact;

public enum TicketStatus {
    OPEN,
    CLOSED
}
