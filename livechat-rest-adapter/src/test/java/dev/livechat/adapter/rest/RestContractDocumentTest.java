package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The written contract (docs/rest-api.md) and the served one (/openapi.json) name the same
 * operations, both ways: an endpoint added to one and forgotten in the other fails here.
 */
class RestContractDocumentTest {
    /** A call as the contract writes it: {@code `POST /conversations/{id}/join`}, query strings allowed. */
    private static final Pattern CALL = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/[^`\\s?]*)");

    private static final Set<String> OUTSIDE_THE_BASE_PATH = Set.of("/health", "/openapi.json", "/metrics");

    @Test
    void theWrittenContractAndTheOpenApiDocumentNameTheSameOperations() throws IOException {
        Set<String> served = served();
        assertThat(served).hasSizeGreaterThan(30);
        assertThat(written()).as("operations in docs/rest-api.md").isEqualTo(served);
    }

    private static Set<String> written() throws IOException {
        String contract = Files.readString(Path.of("..", "docs", "rest-api.md"), StandardCharsets.UTF_8);
        Set<String> calls = new TreeSet<>();
        Matcher m = CALL.matcher(contract);
        while (m.find()) calls.add(m.group(1) + " " + normalised(withBasePath(m.group(2))));
        return calls;
    }

    private static Set<String> served() {
        String json = new String(ServiceEndpoints.openApiDocument(), StandardCharsets.UTF_8);
        OpenAPI document = new OpenAPIV3Parser().readContents(json, null, null).getOpenAPI();
        Set<String> calls = new TreeSet<>();
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .keySet()
                        .forEach(method -> calls.add(method.name() + " " + normalised(path))));
        return calls;
    }

    private static String withBasePath(String path) {
        boolean outside = OUTSIDE_THE_BASE_PATH.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        return outside ? path : "/api/v1" + path;
    }

    /** Parameter names are the contract's prose ({id}, {name}); only their places must agree. */
    private static String normalised(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
