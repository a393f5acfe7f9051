package dev.livechat.adapter.rest;

import java.util.List;

/**
 * A refusal that the HTTP edge itself makes (no or unknown token, a body too large, input that
 * does not parse): mapped to problem+json by {@link Problems} like the domain's refusals.
 */
final class ApiProblem extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;
    /** For a 429: seconds until a retry can succeed ({@code Retry-After}); 0 otherwise. */
    private final long retryAfterSeconds;

    private ApiProblem(int status, String detail, List<FieldError> errors) {
        this(status, detail, errors, 0);
    }

    private ApiProblem(int status, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiProblem badRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiProblem(400, detail, errors);
    }

    static ApiProblem badRequest(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, detail, List.of());
    }

    static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, detail, List.of());
    }

    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "The request body is over the limit of " + limit + " bytes", List.of());
    }

    static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(415, detail, List.of());
    }

    static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(429, detail, List.of(), retryAfterSeconds);
    }

    static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, detail, List.of());
    }

    int status() {
        return status;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    List<FieldError> errors() {
        return errors;
    }
}
