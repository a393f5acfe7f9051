package dev.livechat.adapter.rest;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.port.in.AuthenticateUseCase;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * {@code Authorization: Bearer <token>} → who calls, through the domain. No header, another
 * scheme or an unknown token is a 401. The token itself is never logged nor kept. Unknown tokens
 * are counted per client address: past the limit, that address gets 429 before any token of it
 * is looked up (guessing stops paying).
 */
final class Authenticator {
    private static final String SCHEME = "bearer ";

    private final AuthenticateUseCase authenticate;
    private final RateLimiter limits;

    Authenticator(AuthenticateUseCase authenticate, RateLimiter limits) {
        this.authenticate = authenticate;
        this.limits = limits;
    }

    Caller require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank())
            throw ApiProblem.unauthorized("This call needs an 'Authorization: Bearer <token>' header");
        if (header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length())
                        .toLowerCase(Locale.ROOT)
                        .equals(SCHEME))
            throw ApiProblem.unauthorized("Only the Bearer authorization scheme is supported");
        limits.beforeToken(ctx);
        String token = header.substring(SCHEME.length()).strip();
        return authenticate.authenticate(token).orElseThrow(() -> {
            limits.tokenFailed(ctx);
            return ApiProblem.unauthorized("The bearer token is not known (or no longer valid)");
        });
    }
}
