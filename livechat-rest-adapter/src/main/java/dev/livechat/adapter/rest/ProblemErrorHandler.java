package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line or URI it cannot parse, a bad Content-Length, headers too
 * large), which never reach Javalin, as problem+json too rather than Jetty's HTML page or an empty
 * body, for every method, with the {@link SecurityHeaders}.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Jetty writes an error body for GET, POST and HEAD only by default; a PUT deserves one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        SecurityHeaders.add(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.write(
                true, ByteBuffer.wrap(json(code, detail(code, message, cause), RequestIds.current(request))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.add(fields);
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        // the request line or headers did not parse: there is no request, hence no id, to name
        return ByteBuffer.wrap(json(status, reason, null));
    }

    /** Jetty's message is often the bare reason ("Bad Request"); its cause says what was bad. */
    private static String detail(int code, String message, Throwable cause) {
        boolean bare = message == null || message.isBlank() || message.equalsIgnoreCase(Problems.title(code));
        if (bare
                && cause != null
                && cause.getMessage() != null
                && !cause.getMessage().isBlank()) return cause.getMessage();
        return message;
    }

    private byte[] json(int status, String message, String requestId) {
        int code = status < 400 || status > 599 ? 500 : status;
        try {
            var problem = Problems.problem(
                    code,
                    Problems.slug(code),
                    message == null || message.isBlank() ? "The request could not be handled" : message);
            if (requestId != null) problem.put("requestId", requestId);
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + code + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
