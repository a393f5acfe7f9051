package dev.livechat.domain.attachment;

import dev.livechat.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an attachment's bytes are, as {@link ContentSniffer} finds them: never what the sender says.
 * Only raster images are shown in place ({@link #inline()}); SVG is an image that can run script,
 * so it is offered for download like anything else, whatever the allow-list says.
 */
public enum ContentType {
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false),
    TEXT("text/plain", false),
    SVG("image/svg+xml", false),
    HTML("text/html", false),
    /** Bytes of no type the sniffer knows. */
    UNKNOWN("application/octet-stream", false);

    private final String mediaType;
    private final boolean inline;

    ContentType(String mediaType, boolean inline) {
        this.mediaType = mediaType;
        this.inline = inline;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Safe to show in a page: a raster image, which cannot carry script. */
    public boolean inline() {
        return inline;
    }

    /** The type of a media type name ("image/png", parameters and case ignored), if it is one of these. */
    public static Optional<ContentType> ofMediaType(String name) {
        if (name == null) return Optional.empty();
        String bare = name.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (bare.equals("image/jpg") || bare.equals("image/pjpeg")) return Optional.of(JPEG);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** As {@link #ofMediaType}, for configuration: an unknown name fails naming the known ones. */
    public static ContentType parse(String field, String name) {
        return ofMediaType(name)
                .filter(t -> t != UNKNOWN)
                .orElseThrow(() -> new InvalidValueException(field, "'" + name + "' is not one of " + known()));
    }

    static String known() {
        return Arrays.stream(values())
                .filter(t -> t != UNKNOWN)
                .map(ContentType::mediaType)
                .collect(Collectors.joining(", "));
    }
}
