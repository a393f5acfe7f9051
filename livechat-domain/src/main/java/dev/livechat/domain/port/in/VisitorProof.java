package dev.livechat.domain.port.in;

import dev.livechat.domain.error.Require;
import java.util.Optional;

/**
 * What proves the identity a starting visitor claims (a contact id, a returning browser's key):
 * the hex HMAC-SHA256 of each under the channel's identity secret, made by the website's server.
 * {@link #vouchedByCaller()} is for embedders that authenticated the visitor themselves and call
 * the use case in process; no adapter facing the internet may use it.
 */
public record VisitorProof(Optional<String> contactIdHash, Optional<String> keyHash, boolean vouchedByCaller) {
    public VisitorProof {
        Require.present("visitor.contactIdHash", contactIdHash);
        Require.present("visitor.keyHash", keyHash);
    }

    public static VisitorProof none() {
        return new VisitorProof(Optional.empty(), Optional.empty(), false);
    }

    public static VisitorProof hashes(Optional<String> contactIdHash, Optional<String> keyHash) {
        return new VisitorProof(contactIdHash, keyHash, false);
    }

    public static VisitorProof vouched() {
        return new VisitorProof(Optional.empty(), Optional.empty(), true);
    }
}
