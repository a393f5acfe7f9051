package dev.livechat.domain.contact;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.net.URI;

/** An absolute http(s) URL; anything else (javascript:, data:) is refused, since panels render it as a link. */
public record WebLink(String value) {
    public WebLink {
        String text = Require.text("url", value, 2000);
        URI uri;
        try {
            uri = new URI(text);
        } catch (Exception e) {
            throw new InvalidValueException("url", "'" + text + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null)
            throw new InvalidValueException("url", "must be an absolute http or https URL, was '" + text + "'");
        value = text;
    }

    public static WebLink of(String value) {
        return new WebLink(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
