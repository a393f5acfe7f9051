package dev.livechat.domain.attachment;

import java.nio.charset.StandardCharsets;

/** What an erased attachment holds instead of its bytes (privacy erasure): the text "[erased]". */
public final class Erasure {
    static final byte[] CONTENT = dev.livechat.domain.privacy.Erased.TEXT.getBytes(StandardCharsets.US_ASCII);
    static final String SHA256 = Digests.sha256(CONTENT);

    private Erasure() {}

    /** A copy of the bytes that replace an erased attachment's. */
    public static byte[] content() {
        return CONTENT.clone();
    }
}
