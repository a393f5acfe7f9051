package dev.livechat.domain.webhook;

import dev.livechat.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a webhook posts: an absolute {@code https} URL without user information or fragment.
 * Plain {@code http} only where the service allows private targets (a receiver inside your own
 * network, or a test on loopback); the addresses the host resolves to are checked by the sender.
 */
public record WebhookUrl(URI value) {
    static final int MAX_LENGTH = 2_000;

    public WebhookUrl {
        if (value == null) throw new InvalidValueException("url", "is required");
    }

    /** Parses and checks the URL; {@code allowHttp} admits plain http as well as https. */
    public static WebhookUrl of(String raw, boolean allowHttp) {
        if (raw == null || raw.isBlank()) throw new InvalidValueException("url", "is required");
        if (raw.length() > MAX_LENGTH)
            throw new InvalidValueException("url", "must be at most " + MAX_LENGTH + " characters");
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http")))
            throw new InvalidValueException("url", allowHttp ? "must be an http or https URL" : "must be an https URL");
        if (uri.getHost() == null || uri.getHost().isBlank())
            throw new InvalidValueException("url", "must name a host");
        if (uri.getRawUserInfo() != null) throw new InvalidValueException("url", "must not hold user information");
        if (uri.getRawFragment() != null) throw new InvalidValueException("url", "must not hold a fragment");
        return new WebhookUrl(uri);
    }

    /** The host without the brackets of an IPv6 literal. */
    public String host() {
        String host = value.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
