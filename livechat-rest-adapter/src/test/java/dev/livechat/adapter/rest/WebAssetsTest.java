package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console, the widget and the chart library come from the jar, with a policy that admits this
 * origin's scripts, styles and calls and nothing inline; the API keeps its stricter one, and the
 * pages are no routes of the API (its OpenAPI document stays what it was).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAssetsTest {
    TestApi t;

    @BeforeAll
    void start() {
        t = new TestApi();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void theConsoleIsServedAtTheRootWithThePagePolicy() {
        Reply page = t.http.get("/", null).hasStatus(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/console/app.js").doesNotContain("<style", "style=", "onclick");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(WebAssets.PAGE_POLICY);
        assertThat(WebAssets.PAGE_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void theWidgetTheDemoPageTheBundlesAndTheChartLibraryAreServed() {
        assertThat(t.http.get("/widget.js", null).hasStatus(200).contentType()).contains("javascript");
        assertThat(t.http.get("/widget/widget.css", null).hasStatus(200).contentType())
                .startsWith("text/css");
        assertThat(t.http.get("/demo/", null).hasStatus(200).body()).contains("/demo/demo.js");
        Reply bare = t.http.get("/demo", null);
        assertThat(bare.status()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/demo/"));
        assertThat(t.http.get("/i18n/fr.json", null).hasStatus(200).text("signin.submit"))
                .isEqualTo("Se connecter");
        assertThat(t.http.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", null)
                        .hasStatus(200)
                        .body())
                .contains("uPlot");
    }

    @Test
    void theApiKeepsItsOwnPolicyAndThePagesAreNoRoutes() {
        Reply api = t.http.get("/api/v1/me", null).hasStatus(401);
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(t.api.routes())
                .allMatch(route -> route.contains(" /api/v1/")
                        || route.contains(" /health")
                        || route.endsWith(" /openapi.json")
                        || route.endsWith(" /metrics"));
    }

    @Test
    void onlyTheFilesOfTheTwoFoldersAreServedAndAnUnknownPathIsTheUsual404() {
        t.http.get("/nothing-here.js", null).hasStatus(404);
        t.http.get("/livechat-web/index.html", null).hasStatus(404);
        t.http.get("/webjars/../livechat-web/index.html", null).hasStatus(404);
        assertThat(t.http.send("HEAD", "/widget.js", null, null, java.util.Map.of())
                        .status())
                .isEqualTo(200);
        t.http.post("/widget.js", null, java.util.Map.of()).hasStatus(404);
    }

    @Test
    void bothLanguagesHaveEveryText() {
        var en = t.http.get("/i18n/en.json", null).hasStatus(200).json();
        var fr = t.http.get("/i18n/fr.json", null).hasStatus(200).json();
        assertThat(fr.properties()).hasSameSizeAs(en.properties());
        en.fieldNames().forEachRemaining(key -> assertThat(fr.has(key)).as(key).isTrue());
    }
}
