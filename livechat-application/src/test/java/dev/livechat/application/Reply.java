package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/** An HTTP answer, its body as JSON, and the assertions made over and over. */
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

    /** A field of each element of a JSON array answer. */
    List<String> each(String field) {
        List<String> values = new ArrayList<>();
        json().forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    Reply hasStatus(int expected) {
        assertThat(status).as("status of a reply with body %s", body).isEqualTo(expected);
        return this;
    }

    /** An RFC 9457 problem with this status. */
    Reply isProblem(int expected) {
        hasStatus(expected);
        assertThat(contentType()).as("content type of %s", body).startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt()).isEqualTo(expected);
        assertThat(problem.path("type").asText()).startsWith("urn:livechat:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return this;
    }
}
