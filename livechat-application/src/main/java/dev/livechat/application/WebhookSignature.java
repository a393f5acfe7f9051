package dev.livechat.application;

import dev.livechat.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Livechat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, as
 * Stripe signs: the receiver recomputes it over the raw body, compares in constant time, and
 * refuses a {@code t} too far from its clock, so that a captured request cannot be replayed later.
 */
final class WebhookSignature {
    private WebhookSignature() {}

    static String header(WebhookSecret secret, long t, String body) {
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    static String hmac(WebhookSecret secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
