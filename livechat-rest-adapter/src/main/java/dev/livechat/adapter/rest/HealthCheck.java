package dev.livechat.adapter.rest;

import java.util.Map;

/**
 * Whether the service's dependencies answer, for {@code GET /health}: each dependency's name
 * ("database") and whether it is up. A check that throws counts as every dependency down.
 */
@FunctionalInterface
public interface HealthCheck {
    Map<String, Boolean> check();
}
