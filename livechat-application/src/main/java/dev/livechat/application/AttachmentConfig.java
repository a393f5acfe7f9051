package dev.livechat.application;

import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.attachment.ContentType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where attachments' bytes go and what may be attached: {@code LIVECHAT_ATTACHMENTS_DIR},
 * {@code LIVECHAT_ATTACHMENT_MAX_BYTES}, {@code LIVECHAT_ATTACHMENT_TYPES}.
 */
record AttachmentConfig(Path directory, AttachmentRules rules) {
    /** The upper bound of the size limit: a request is spooled or streamed, never held whole, but still. */
    static final long MAX_OF_MAX_BYTES = 1024L * 1024 * 1024;

    static final String DEFAULT_TYPES = AttachmentRules.DEFAULT_ALLOWED.stream()
            .map(ContentType::mediaType)
            .sorted()
            .collect(Collectors.joining(","));

    static AttachmentConfig from(Settings s, Path dataDir) {
        Path directory = Path.of(s.text(
                "LIVECHAT_ATTACHMENTS_DIR", dataDir.resolve("attachments").toString()));
        long maxBytes = s.parse(
                "LIVECHAT_ATTACHMENT_MAX_BYTES",
                AttachmentRules.DEFAULT_MAX_BYTES,
                v -> {
                    long bytes = Long.parseLong(v.strip());
                    if (bytes < 1 || bytes > MAX_OF_MAX_BYTES) throw new IllegalArgumentException();
                    return bytes;
                },
                "a number of bytes from 1 to " + MAX_OF_MAX_BYTES);
        Set<ContentType> types = s.parse(
                "LIVECHAT_ATTACHMENT_TYPES",
                AttachmentRules.DEFAULT_ALLOWED,
                AttachmentConfig::types,
                "media types separated by commas, among " + known());
        return new AttachmentConfig(directory, new AttachmentRules(maxBytes, types));
    }

    private static Set<ContentType> types(String list) {
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) continue;
            types.add(ContentType.ofMediaType(name)
                    .filter(t -> t != ContentType.UNKNOWN)
                    .orElseThrow(IllegalArgumentException::new));
        }
        return types;
    }

    private static String known() {
        return Arrays.stream(ContentType.values())
                .filter(t -> t != ContentType.UNKNOWN)
                .map(ContentType::mediaType)
                .collect(Collectors.joining(", "));
    }
}
