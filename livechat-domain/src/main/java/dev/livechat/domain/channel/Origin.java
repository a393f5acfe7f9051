package dev.livechat.domain.channel;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web origin a channel's widget runs on ("https://shop.example.com"): scheme, host and an
 * explicit port if any, nothing else, lower-case, the way a browser sends it in {@code Origin}.
 */
public record Origin(String value) {
    public Origin {
        String text = Require.text("allowedOrigins", value, 200).toLowerCase(Locale.ROOT);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("allowedOrigins", "'" + text + "' is not an origin");
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        boolean bare = uri.getHost() != null
                && uri.getRawUserInfo() == null
                && uri.getRawPath().isEmpty()
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
        if (!web || !bare)
            throw new InvalidValueException(
                    "allowedOrigins",
                    "'" + text + "' is not an origin: expected scheme://host[:port] with http or https, no path");
        value = text;
    }

    public static Origin of(String value) {
        return new Origin(value);
    }

    /** The origin of a request header, or null when the header is absent or no web origin ("null", garbage). */
    public static Origin parseOrNull(String header) {
        if (header == null || header.isBlank() || header.length() > 200) return null;
        try {
            return new Origin(header);
        } catch (RuntimeException notAnOrigin) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
