package dev.livechat.domain.port.in;

import dev.livechat.domain.operator.Operator;

/** A new user and its token, shown this once (only its hash is kept). */
public record CreatedUser(Operator user, String token) {}
