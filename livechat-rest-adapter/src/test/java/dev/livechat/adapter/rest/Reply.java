package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.List;

/** An HTTP answer with its body as JSON, and the assertions the tests make over and over. */
record Reply(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
    }

    String text(String field) {
        return json().path(field).asText();
    }

    /** The {@code id} of each element of a JSON array answer. */
    List<String> ids() {
        List<String> ids = new java.util.ArrayList<>();
        json().forEach(element -> ids.add(element.path("id").asText()));
        return ids;
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    Reply hasStatus(int expected) {
        assertThat(status).as("status of a reply with body %s", body).isEqualTo(expected);
        return this;
    }

    /** A problem+json with this status. */
    Reply isProblem(int expected) {
        hasStatus(expected);
        assertThat(contentType()).startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt()).isEqualTo(expected);
        assertThat(problem.path("type").asText()).startsWith("urn:livechat:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return this;
    }

    /** A 400 whose {@code errors} name these fields. */
    Reply namesFields(String... fields) {
        isProblem(400);
        List<String> named = json().path("errors").findValuesAsText("field");
        assertThat(named).as("errors of %s", body).contains(fields);
        return this;
    }
}
