package dev.livechat.domain.transcript;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a confirmation token is redeemed: the service's public address, which only its configuration knows. */
@FunctionalInterface
public interface ConfirmationLinks {
    URI linkFor(String token);

    /** {@code base} + {@code path} + {@code ?token=…}, e.g. https://chat.example.com/api/v1/transcripts/confirm?token=… */
    static ConfirmationLinks under(URI base, String path) {
        String root = base.toString().replaceAll("/+$", "");
        return token -> URI.create(root + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
