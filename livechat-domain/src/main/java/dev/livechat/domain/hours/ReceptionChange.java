package dev.livechat.domain.hours;

import dev.livechat.domain.common.EmailAddress;
import java.util.Optional;

/**
 * What a channel change says of its reception: each part either kept as it is or set (an empty
 * {@code Optional} inside a given part removes the hours or the address).
 */
public record ReceptionChange(
        Optional<Optional<BusinessHours>> businessHours,
        Optional<Boolean> closedWithoutOperators,
        Optional<Optional<EmailAddress>> email) {
    private static final ReceptionChange NONE =
            new ReceptionChange(Optional.empty(), Optional.empty(), Optional.empty());

    public static ReceptionChange none() {
        return NONE;
    }

    public Reception applyTo(Reception current) {
        return new Reception(
                businessHours.orElse(current.businessHours()),
                closedWithoutOperators.orElse(current.closedWithoutOperators()),
                email.orElse(current.email()));
    }
}
