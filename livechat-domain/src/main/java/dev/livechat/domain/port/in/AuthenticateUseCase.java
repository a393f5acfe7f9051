package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import java.util.Optional;

/** Turns a bearer token into who calls: a user, or the visitor of one conversation; empty when unknown. */
public interface AuthenticateUseCase {
    Optional<Caller> authenticate(String token);
}
