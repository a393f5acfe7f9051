package dev.livechat.domain.transcript;

import dev.livechat.domain.error.Require;
import java.time.Duration;

/**
 * How far a visitor, who needs no account to start a conversation, can make the service mail
 * anyone: a few requests per conversation, a few confirmation mails per address and window, and
 * links that expire.
 */
public record VisitorTranscriptLimits(
        int requestsPerConversation, int confirmationsPerAddress, Duration addressWindow, Duration linkValidity) {
    public VisitorTranscriptLimits {
        Require.that(requestsPerConversation >= 1, "requestsPerConversation", "must be at least 1");
        Require.that(confirmationsPerAddress >= 1, "confirmationsPerAddress", "must be at least 1");
        Require.that(
                addressWindow != null && !addressWindow.isNegative() && !addressWindow.isZero(),
                "addressWindow",
                "must be positive");
        Require.that(
                linkValidity != null && !linkValidity.isNegative() && !linkValidity.isZero(),
                "linkValidity",
                "must be positive");
    }

    /** 3 requests per conversation, 3 confirmation mails per address per hour, links valid 24 h. */
    public static VisitorTranscriptLimits byDefault() {
        return new VisitorTranscriptLimits(3, 3, Duration.ofHours(1), Duration.ofHours(24));
    }
}
