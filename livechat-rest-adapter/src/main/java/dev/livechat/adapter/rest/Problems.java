package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.attachment.ContentTooLargeException;
import dev.livechat.domain.attachment.UnsupportedContentException;
import dev.livechat.domain.channel.ChannelClosedException;
import dev.livechat.domain.conversation.JoinRefusedException;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.LimitExceededException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.error.StateConflictException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from refusals to HTTP: every error leaves as {@code application/problem+json}
 * (RFC 9457) with {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors}
 * for field violations or {@code joinedBy} for a lost join.
 */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:livechat:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Javalin's exception handler: whatever a handler threw becomes one problem response. */
    void handle(Exception exception, Context ctx) {
        Map<String, Object> problem = toProblem(exception);
        int status = (int) problem.get("status");
        if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"livechat\"");
        if (status == 413) RefusedBodies.drain(ctx.req());
        if (exception instanceof ApiProblem p && p.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(p.retryAfterSeconds()));
            problem.put("retryAfterSeconds", p.retryAfterSeconds());
        }
        write(ctx, problem);
    }

    /** Javalin's handler of {@link Error}s (which skip the exception handler): a 500 problem still. */
    void handleError(HttpServletResponse response, Error error) {
        Map<String, Object> problem = toProblem(new IllegalStateException(error));
        try {
            response.setStatus(500);
            response.setContentType(CONTENT_TYPE);
            response.getOutputStream().write(json(problem));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not write the problem of an error", e);
        }
    }

    void write(Context ctx, Map<String, Object> problem) {
        if (ctx.attribute(RequestIds.ATTRIBUTE) instanceof String id) problem.put("requestId", id);
        ctx.status((int) problem.get("status")).contentType(CONTENT_TYPE).result(json(problem));
    }

    Map<String, Object> toProblem(Exception e) {
        if (e instanceof ApiProblem p) {
            Map<String, Object> problem = problem(p.status(), slug(p.status()), p.getMessage());
            if (!p.errors().isEmpty()) problem.put("errors", p.errors());
            return problem;
        }
        if (e instanceof InvalidValueException invalid) {
            Map<String, Object> problem = problem(400, "invalid-input", e.getMessage());
            problem.put("errors", List.of(new FieldError(invalid.field(), Input.reason(invalid))));
            return problem;
        }
        if (e instanceof ContentTooLargeException tooLarge) {
            Map<String, Object> problem = problem(413, "body-too-large", e.getMessage());
            problem.put(
                    "errors", List.of(new FieldError("file", "is over the limit of " + tooLarge.limit() + " bytes")));
            return problem;
        }
        if (e instanceof UnsupportedContentException unsupported) {
            Map<String, Object> problem = problem(415, "unsupported-media-type", e.getMessage());
            String reason = e.getMessage().substring(unsupported.field().length() + 2);
            problem.put("errors", List.of(new FieldError(unsupported.field(), reason)));
            return problem;
        }
        if (e instanceof NotFoundException) return problem(404, "not-found", e.getMessage());
        if (e instanceof AccessDeniedException) return problem(403, "access-denied", e.getMessage());
        if (e instanceof JoinRefusedException refused) {
            Map<String, Object> problem = problem(409, "join-refused", e.getMessage());
            refused.joinedBy()
                    .ifPresent(p -> problem.put("joinedBy", new Views.OperatorView(p.id().value(), p.name())));
            return problem;
        }
        if (e instanceof ChannelClosedException closed) {
            Map<String, Object> problem = problem(409, "channel-closed", e.getMessage());
            problem.put("channelId", closed.channel().value());
            problem.put(
                    "nextOpening", closed.nextOpening().map(Object::toString).orElse(null));
            return problem;
        }
        if (e instanceof StateConflictException) return problem(409, "state-conflict", e.getMessage());
        if (e instanceof LimitExceededException limit) {
            Map<String, Object> problem = problem(429, "limit-exceeded", e.getMessage());
            problem.put("rule", limit.rule());
            return problem;
        }
        if (e instanceof ConcurrentUpdateException) return problem(409, "concurrent-update", e.getMessage());
        if (e instanceof DependencyUnavailableException down) {
            LOG.warn("{} is unavailable", down.dependency(), e);
            Map<String, Object> problem = problem(503, "dependency-unavailable", down.dependency() + " is unavailable");
            problem.put("dependency", down.dependency());
            return problem;
        }
        if (e instanceof HttpResponseException http)
            return problem(http.getStatus(), slug(http.getStatus()), e.getMessage());
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error (reference {})", reference, e);
        Map<String, Object> problem = problem(
                500, "internal-error", "An unexpected error occurred; the server log has it under " + reference);
        problem.put("reference", reference);
        return problem;
    }

    static Map<String, Object> problem(int status, String slug, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_PREFIX + slug);
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    static String title(int status) {
        return HttpStatus.forStatus(status).getMessage();
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthorized";
            case 403 -> "access-denied";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "state-conflict";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            case 503 -> "dependency-unavailable";
            default -> "http-" + status;
        };
    }

    private byte[] json(Map<String, Object> problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + problem.get("status") + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
