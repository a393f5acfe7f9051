package dev.livechat.domain.panel;

import dev.livechat.domain.operator.UserId;

/** An operator as panels and lists show one: id and name. */
public record OperatorRef(UserId id, String name) {}
