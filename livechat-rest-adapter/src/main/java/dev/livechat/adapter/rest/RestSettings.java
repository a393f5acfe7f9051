package dev.livechat.adapter.rest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the REST adapter behaves at its edges.
 *
 * @param maxBodyBytes the largest request body accepted; a larger one is refused with 413
 * @param countryHeader the request header a trusted proxy or GeoIP layer sets to the visitor's
 *     ISO 3166-1 country ("CF-IPCountry"); used when the start of a conversation names none
 * @param heartbeat how long an event stream may stay silent before a comment line keeps it alive
 * @param eventPoll how often the event hub reads the stored event stream for new events
 * @param rateLimits what anonymous callers and bad tokens may ask of this instance (429 beyond)
 * @param clientAddressHeader the request header a trusted proxy sets to the client's address
 *     ("X-Forwarded-For": its right-most entry counts; "X-Real-IP"); none: the socket's address
 */
public record RestSettings(
        long maxBodyBytes,
        Optional<String> countryHeader,
        Duration heartbeat,
        Duration eventPoll,
        RateLimits rateLimits,
        Optional<String> clientAddressHeader) {
    public static final long DEFAULT_MAX_BODY_BYTES = 65_536;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_EVENT_POLL = Duration.ofMillis(250);

    public RestSettings {
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        countryHeader = Objects.requireNonNull(countryHeader, "countryHeader").filter(h -> !h.isBlank());
        requirePositive("heartbeat", heartbeat);
        requirePositive("eventPoll", eventPoll);
        Objects.requireNonNull(rateLimits, "rateLimits");
        clientAddressHeader = Objects.requireNonNull(clientAddressHeader, "clientAddressHeader")
                .filter(h -> !h.isBlank());
    }

    public static RestSettings defaults() {
        return new RestSettings(
                DEFAULT_MAX_BODY_BYTES,
                Optional.empty(),
                DEFAULT_HEARTBEAT,
                DEFAULT_EVENT_POLL,
                RateLimits.defaults(),
                Optional.empty());
    }

    public RestSettings withMaxBodyBytes(long bytes) {
        return new RestSettings(bytes, countryHeader, heartbeat, eventPoll, rateLimits, clientAddressHeader);
    }

    public RestSettings withCountryHeader(String header) {
        return new RestSettings(
                maxBodyBytes, Optional.ofNullable(header), heartbeat, eventPoll, rateLimits, clientAddressHeader);
    }

    public RestSettings withHeartbeat(Duration every) {
        return new RestSettings(maxBodyBytes, countryHeader, every, eventPoll, rateLimits, clientAddressHeader);
    }

    public RestSettings withEventPoll(Duration every) {
        return new RestSettings(maxBodyBytes, countryHeader, heartbeat, every, rateLimits, clientAddressHeader);
    }

    public RestSettings withRateLimits(RateLimits limits) {
        return new RestSettings(maxBodyBytes, countryHeader, heartbeat, eventPoll, limits, clientAddressHeader);
    }

    public RestSettings withClientAddressHeader(String header) {
        return new RestSettings(
                maxBodyBytes, countryHeader, heartbeat, eventPoll, rateLimits, Optional.ofNullable(header));
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero())
            throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
}
