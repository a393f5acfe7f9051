package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The hand-written OpenAPI document parses, and matches the registered routes both ways. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    TestApi t;
    OpenAPI document;

    @BeforeAll
    void start() {
        t = new TestApi();
        String served = t.http.get("/openapi.json", null).hasStatus(200).body();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, null);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        document = result.getOpenAPI();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void isOpenApi31AndServedAsWritten() {
        assertThat(document.getOpenapi()).isEqualTo("3.1.0");
        byte[] resource = ServiceEndpoints.openApiDocument();
        assertThat(t.http.get("/openapi.json", null).body()).isEqualTo(new String(resource, StandardCharsets.UTF_8));
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOneRegistered() {
        Set<String> registered = new TreeSet<>(t.api.routes());
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet())
            path.getValue()
                    .readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add(method.name() + " " + path.getKey()));
        assertThat(registered).hasSize(60);
        assertThat(documented).as("documented routes").isEqualTo(registered);
    }

    @Test
    void everyOperationHasAnIdAndSaysHowItFails() {
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    assertThat(operation.getOperationId())
                            .as("%s %s", method, path)
                            .isNotBlank();
                    assertThat(operation.getResponses())
                            .as("%s %s", method, path)
                            .isNotEmpty();
                    boolean start = path.equals("/api/v1/conversations") && method == PathItem.HttpMethod.POST;
                    // a website's widget: availability and offline messages need no token
                    boolean widget = path.endsWith("/availability") || path.endsWith("/offline-messages");
                    boolean open = path.startsWith("/health")
                            || widget
                            || path.equals("/api/v1/transcripts/confirm")
                            || path.equals("/openapi.json")
                            || start;
                    if (!open)
                        assertThat(operation.getResponses())
                                .as("%s %s answers 401", method, path)
                                .containsKey("401");
                    // rate limits: starts, and every call that takes a token (unknown tokens per address)
                    if (!open || start || widget)
                        assertThat(operation.getResponses())
                                .as("%s %s answers 429", method, path)
                                .containsKey("429");
                }));
    }

    /** Any parameter may carry text no store keeps (400); any body may not be JSON (415). */
    @Test
    void everyOperationSaysItRefusesHostileInput() {
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    assertThat(operation.getResponses())
                            .as("%s %s", method, path)
                            .containsKey("400");
                    if (operation.getRequestBody() != null)
                        assertThat(operation.getResponses())
                                .as("%s %s answers 415", method, path)
                                .containsKey("415");
                }));
        assertThat(document.getInfo().getDescription()).contains("HEAD", "415", "431", "nosniff");
    }

    @Test
    void documentsTheReturningGuestsKeyAndTheProblemShape() {
        Schema<?> start = document.getComponents().getSchemas().get("StartConversation");
        Schema<?> visitor = (Schema<?>) start.getProperties().get("visitor");
        assertThat(visitor.getProperties()).containsKey("key");
        assertThat(document.getComponents().getSchemas().get("Problem").getRequired())
                .contains("type", "title", "status", "detail");
    }
}
