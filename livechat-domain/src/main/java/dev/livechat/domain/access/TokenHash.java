package dev.livechat.domain.access;

import dev.livechat.domain.error.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-256 of a bearer token, hex-encoded: what storage keeps instead of the token. Tokens are
 * 256 random bits, so a fast unsalted hash is enough (there is nothing to guess).
 */
public record TokenHash(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public TokenHash {
        Require.that(value != null && value.matches("[0-9a-f]{64}"), "tokenHash", "must be 64 hex digits");
    }

    public static TokenHash of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A new random token (43 URL-safe characters). Shown once to its owner, never stored. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "TokenHash[" + value.substring(0, 8) + "…]";
    }
}
