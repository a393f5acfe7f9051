package dev.livechat.domain.hours;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * How a channel receives visitors: its business hours (none: always open), whether it also turns
 * visitors away while no operator can take them ({@code closedWithoutOperators}; by default they
 * start and wait for one), and the address its offline messages are mailed to (none: they are only
 * listed).
 */
public record Reception(
        Optional<BusinessHours> businessHours, boolean closedWithoutOperators, Optional<EmailAddress> email) {
    private static final Reception NONE = new Reception(Optional.empty(), false, Optional.empty());

    public Reception {
        Require.present("businessHours", businessHours);
        Require.present("email", email);
    }

    /** Always open, never turns anyone away, no address. */
    public static Reception none() {
        return NONE;
    }

    /** Whether the channel takes a conversation at {@code now}, and if not, when it opens again. */
    public Availability availabilityAt(Instant now, boolean operatorsAvailable) {
        boolean open = businessHours.map(h -> h.openAt(now)).orElse(true);
        Optional<Instant> next = open ? Optional.empty() : businessHours.flatMap(h -> h.nextOpeningAfter(now));
        boolean accepts = open && (operatorsAvailable || !closedWithoutOperators);
        return new Availability(open, operatorsAvailable, accepts, next);
    }
}
