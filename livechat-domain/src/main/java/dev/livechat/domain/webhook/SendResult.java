package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one try got back: the receiver's HTTP status, or the reason there was none (refused
 * address, connection refused, no answer within the timeout).
 */
public record SendResult(OptionalInt status, Optional<String> error) {
    public SendResult {
        Require.present("status", status);
        Require.present("error", error);
        Require.that(status.isPresent() || error.isPresent(), "error", "a result without a status says why");
    }

    public static SendResult answered(int status) {
        return new SendResult(OptionalInt.of(status), Optional.empty());
    }

    public static SendResult notAnswered(String why) {
        return new SendResult(OptionalInt.empty(), Optional.of(why));
    }

    /** Only a 2xx acknowledges; a redirect is not followed, so it does not. */
    public boolean acknowledged() {
        return status.isPresent() && status.getAsInt() >= 200 && status.getAsInt() < 300;
    }

    String describe() {
        return error.orElseGet(() -> "HTTP " + status.getAsInt());
    }
}
