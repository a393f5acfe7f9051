package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A channel's identity-verification secret, as Intercom's {@code user_hash} and Chatwoot's
 * {@code identifier_hash} use it: the website's server computes hex HMAC-SHA256(secret, id) for
 * the signed-in customer, and a start that names the id must bring that hash. The secret is kept
 * as is (HMAC needs it to verify), shown to a manager once, and never in any answer after.
 */
public record IdentitySecret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public IdentitySecret {
        Require.that(
                value != null && value.matches("[A-Za-z0-9_-]{32,128}"),
                "identitySecret",
                "must be 32 to 128 URL-safe characters");
    }

    /** 256 random bits. */
    public static IdentitySecret random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new IdentitySecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The lower-case hex HMAC-SHA256 of the subject under this secret: what the website's server sends. */
    public String hashOf(String subject) {
        return HexFormat.of().formatHex(mac(subject));
    }

    /** Whether the hash is the subject's, compared in constant time so timing tells nothing about it. */
    public boolean verifies(String subject, String hexHash) {
        if (subject == null || hexHash == null || hexHash.length() != 64) return false;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexHash.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(subject), given);
    }

    private byte[] mac(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "IdentitySecret[…]";
    }
}
