package dev.livechat.adapter.rest;

import java.util.List;

/**
 * A refusal that the HTTP edge itself makes (no or unknown token, a body too large, input that
 * does not parse): mapped to problem+json by {@link Problems} like the domain's refusals.
 */
final class ApiProblem extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;

    private ApiProblem(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
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

    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "The request body is over the limit of " + limit + " bytes", List.of());
    }

    static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(415, detail, List.of());
    }

    static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, detail, List.of());
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
