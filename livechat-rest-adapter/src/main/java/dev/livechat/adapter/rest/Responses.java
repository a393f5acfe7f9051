package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** Writes JSON answers with the adapter's mapper (never Javalin's default one). */
final class Responses {
    static final String JSON = "application/json";

    private final ObjectMapper mapper;

    Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void json(Context ctx, int status, Object body) {
        written(ctx, status, bytes(body));
    }

    /** The body as the answers write it, for an answer written more than once. */
    byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON body already written by {@link #bytes}. */
    void written(Context ctx, int status, byte[] json) {
        ctx.status(status).contentType(JSON).result(json);
    }

    void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }
}
