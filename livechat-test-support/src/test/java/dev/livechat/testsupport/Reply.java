package dev.livechat.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/** An HTTP answer, its body as JSON, and the assertions the tests make over and over. */
public record Reply(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
    }

    public String text(String field) {
        return json().path(field).asText();
    }

    /** A field of each element of a JSON array answer. */
    public List<String> each(String field) {
        List<String> values = new ArrayList<>();
        json().forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    /** The {@code id} of each element of a JSON array answer. */
    public List<String> ids() {
        return each("id");
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public Reply hasStatus(int expected) {
        assertThat(status).as("status of a reply with body %s", body).isEqualTo(expected);
        return this;
    }

    /** An RFC 9457 problem (application/problem+json) with this status. */
    public Reply isProblem(int expected) {
        hasStatus(expected);
        assertThat(contentType()).as("content type of %s", body).startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt()).isEqualTo(expected);
        assertThat(problem.path("type").asText()).startsWith("urn:livechat:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return this;
    }

    /** A 400 whose {@code errors} name these fields. */
    public Reply namesFields(String... fields) {
        isProblem(400);
        List<String> named = json().path("errors").findValuesAsText("field");
        assertThat(named).as("errors of %s", body).contains(fields);
        return this;
    }
}
