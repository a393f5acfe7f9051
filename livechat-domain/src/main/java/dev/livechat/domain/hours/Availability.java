package dev.livechat.domain.hours;

import java.time.Instant;
import java.util.Optional;

/**
 * A channel's answer to "may I start now?": within its business hours ({@code open}), whether an
 * operator could take a new conversation, whether a start would be taken, and while outside the
 * hours the next opening (empty when open, or when it never opens again).
 */
public record Availability(
        boolean open, boolean operatorsAvailable, boolean acceptsConversations, Optional<Instant> nextOpening) {}
