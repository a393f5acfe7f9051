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
    /** One digest per thread: every authenticated request hashes its token, and looking one up costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(TokenHash::sha256);

    public TokenHash {
        Require.that(value != null && isHex64(value), "tokenHash", "must be 64 hex digits");
    }

    public static TokenHash of(String token) {
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
        return new TokenHash(HexFormat.of().formatHex(digest));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code [0-9a-f]{64}}, without a regular expression on every request. */
    private static boolean isHex64(String value) {
        if (value.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
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
