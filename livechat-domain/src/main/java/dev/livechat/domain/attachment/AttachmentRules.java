package dev.livechat.domain.attachment;

import dev.livechat.domain.error.Require;
import java.util.EnumSet;
import java.util.Set;

/**
 * What may be attached: at most {@code maxBytes} (default 10 MB), of a type in {@code allowed}
 * (default: PNG, JPEG, GIF and WebP images, PDF, plain text), the type being what the bytes are.
 */
public record AttachmentRules(long maxBytes, Set<ContentType> allowed) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final Set<ContentType> DEFAULT_ALLOWED = Set.copyOf(EnumSet.of(
            ContentType.PNG, ContentType.JPEG, ContentType.GIF, ContentType.WEBP, ContentType.PDF, ContentType.TEXT));

    public AttachmentRules {
        Require.that(maxBytes >= 1, "maxBytes", "must be at least 1, was " + maxBytes);
        Require.present("allowed", allowed);
        Require.that(!allowed.contains(ContentType.UNKNOWN), "allowed", "cannot admit bytes of unknown type");
        allowed = Set.copyOf(allowed);
    }

    public static AttachmentRules byDefault() {
        return new AttachmentRules(DEFAULT_MAX_BYTES, DEFAULT_ALLOWED);
    }

    public AttachmentRules withMaxBytes(long bytes) {
        return new AttachmentRules(bytes, allowed);
    }

    public AttachmentRules allowing(Set<ContentType> types) {
        return new AttachmentRules(maxBytes, types);
    }

    /**
     * Refuses content of a type not allowed, or whose declared type is not what it is (a sender that
     * does not know says application/octet-stream, which is no claim).
     */
    public void check(ContentType sniffed, String declared) {
        if (declared != null && !declared.isBlank()) {
            ContentType claimed = ContentType.ofMediaType(declared).orElse(null);
            if (claimed != ContentType.UNKNOWN && claimed != sniffed)
                throw new UnsupportedContentException(
                        "Content-Type", "says '" + declared.strip() + "' but the content is " + sniffed.mediaType());
        }
        if (!allowed.contains(sniffed))
            throw new UnsupportedContentException("file", sniffed.mediaType() + " is not allowed; allowed: " + names());
    }

    private String names() {
        return allowed.stream()
                .map(ContentType::mediaType)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }
}
