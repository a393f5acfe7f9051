package dev.livechat.adapter.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;

/**
 * The browser side, served from the jar: the operator console at {@code /}, the chat widget a
 * website embeds ({@code /widget.js}), the demo site at {@code /demo/}, and the chart library
 * (a WebJar under {@code /webjars/}). Static files, not routes: they are outside {@link Routes}
 * and the OpenAPI document. Their pages get {@link #PAGE_POLICY}: scripts, styles and calls of
 * this origin only, nothing inline, never framed.
 */
final class WebAssets {
    /** The classpath folder of the console, the widget and the demo page. */
    static final String FOLDER = "/livechat-web";

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The API and the service's own answers keep the strictest policy (SecurityHeaders). */
    private static final List<String> NOT_PAGES = List.of(Routes.BASE + "/", "/health", "/openapi.json", "/metrics");

    private WebAssets() {}

    static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FOLDER;
            files.location = Location.CLASSPATH;
            // pages and scripts change with each release; a stale widget must not talk to a newer API
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    /** Whether the path is a page or an asset of one, not an answer of the API. */
    static boolean isPage(String path) {
        if (path.equals(Routes.BASE)) return false;
        for (String prefix : NOT_PAGES) if (path.startsWith(prefix)) return false;
        return true;
    }
}
