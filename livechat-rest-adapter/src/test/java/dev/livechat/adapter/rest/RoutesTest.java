package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Javalin tries a method's paths in registration order, a regular expression each, until one
 * matches ({@link Routes}): the order may put the console's repeated reads first only because no
 * two paths of a method match the same request.
 */
class RoutesTest {
    @Test
    void noTwoPathsOfAMethodMatchTheSameRequest() {
        List<String> routes = registered();
        for (String route : routes) {
            String request = route.replaceAll("\\{[^/}]+}", "p1");
            assertThat(routes.stream().filter(other -> matches(other, request)))
                    .as("routes matching %s", request)
                    .containsExactly(route);
        }
    }

    @Test
    void theConsolesRepeatedReadsAreTriedFirst() {
        assertThat(registered().stream().filter(route -> route.startsWith("GET ")))
                .startsWith("GET /api/v1/conversations", "GET /api/v1/conversations/{id}/panel");
    }

    private static List<String> registered() {
        try (TestApi t = new TestApi()) {
            return t.api.routes();
        }
    }

    /** Whether the route ("GET /path/{id}") matches the request ("GET /path/p1"), as Javalin's {@code {id}} does. */
    private static boolean matches(String route, String request) {
        String regex = Pattern.compile("\\{[^/}]+}")
                .splitAsStream(route)
                .map(Pattern::quote)
                .reduce((a, b) -> a + "[^/]+" + b)
                .orElse("");
        if (route.endsWith("}")) regex += "[^/]+";
        return request.matches(regex);
    }
}
