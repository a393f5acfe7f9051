package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a webhook's requests are signed with (HMAC-SHA256). Kept as is, since signing needs
 * it; shown in the answer that creates the webhook and in no answer after.
 */
public record WebhookSecret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Require.that(
                value != null && value.length() >= 16 && value.length() <= 200 && printableAscii(value),
                "secret",
                "must be 16 to 200 printable ASCII characters");
    }

    /** 256 random bits, for a webhook created without a secret of its own. */
    public static WebhookSecret random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret(
                "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static boolean printableAscii(String value) {
        return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Never the secret itself: a log line or an exception message must not leak it. */
    @Override
    public String toString() {
        return "WebhookSecret[…]";
    }
}
