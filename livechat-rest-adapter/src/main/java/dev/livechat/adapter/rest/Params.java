package dev.livechat.adapter.rest;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.operator.UserId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Path and query parameters. An id that cannot exist is simply not found; a bad query value is a 400. */
final class Params {
    private Params() {}

    static ConversationId conversation(Context ctx) {
        return pathId(ctx, "id", "conversation", ConversationId::of);
    }

    static UserId user(Context ctx) {
        return pathId(ctx, "id", "user", UserId::of);
    }

    static <T> T pathId(Context ctx, String param, String kind, Function<String, T> parse) {
        String raw = ctx.pathParam(param);
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException(kind, raw);
        }
    }

    /**
     * Every path and query parameter of the request is text ({@link Text}), else a 400 naming it:
     * run before each route's handler, so that no endpoint reads one unchecked.
     */
    static void checkText(Context ctx) {
        Text.checkAll(ctx.pathParamMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        Text.checkAll(ctx.queryParamMap());
    }

    /** A query parameter; absent and blank are the same. */
    static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    /** {@code limit}: 1 to max, the default when absent. */
    static int limit(Context ctx, int byDefault, int max) {
        Optional<String> raw = query(ctx, "limit");
        if (raw.isEmpty()) return byDefault;
        long limit = Input.one("limit", raw.get(), Input::nonNegative);
        if (limit < 1 || limit > max) throw ApiProblem.badRequest("limit", "must be 1–" + max + ", was " + limit);
        return (int) limit;
    }
}
