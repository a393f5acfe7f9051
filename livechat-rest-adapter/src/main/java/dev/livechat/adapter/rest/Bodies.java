package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads request bodies: declared JSON (else 415), at most {@code maxBodyBytes} (else 413), one
 * JSON object whose every string is {@link Text} (else 400), into a request record; every Jackson
 * failure becomes a 400 naming the field by its path.
 */
final class Bodies {
    /** A parsed body and the object it came from, to tell an absent property from an explicit null. */
    record Body<T>(T value, ObjectNode tree) {
        boolean has(String property) {
            return tree.has(property);
        }
    }

    private static final Pattern JSON_SUFFIX = Pattern.compile("application/[a-z0-9!#$&^_.+-]+\\+json");

    private final ObjectMapper mapper;
    private final long maxBytes;

    Bodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    <T> T read(Context ctx, Class<T> type) {
        return readBody(ctx, type).value();
    }

    <T> Body<T> readBody(Context ctx, Class<T> type) {
        requireJson(ctx.req().getContentType());
        byte[] bytes = bytes(ctx);
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw translate(e);
        }
        if (tree == null || tree.isMissingNode())
            throw ApiProblem.badRequest("$", "a JSON object is required as the request body");
        if (!(tree instanceof ObjectNode object)) throw ApiProblem.badRequest("$", "must be a JSON object");
        List<FieldError> badText = Text.check(object);
        if (!badText.isEmpty()) throw ApiProblem.badRequest(badText);
        try {
            return new Body<>(mapper.treeToValue(object, type), object);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw translate(e);
        }
    }

    /**
     * A body is read as JSON only when it says it is: {@code application/json} or
     * {@code application/*+json}, with no charset or UTF-8. Anything else, and no Content-Type at
     * all, is a 415 (a form or a text body is not parsed as JSON by accident).
     */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank())
            throw ApiProblem.unsupportedMediaType(
                    "The request body must be JSON, sent with 'Content-Type: application/json'; this request has no Content-Type");
        String[] parts = contentType.split(";", -1); // ";;" is no media type, not an empty array
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || JSON_SUFFIX.matcher(mediaType).matches();
        for (int i = 1; json && i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset"))
                json = parameter.length == 2 && unquote(parameter[1]).equalsIgnoreCase("utf-8");
        }
        if (!json)
            throw ApiProblem.unsupportedMediaType(
                    "The request body must be JSON, sent with 'Content-Type: application/json'"
                            + " (charset UTF-8 or none); this request has '" + printable(contentType) + "'");
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** The value as a caller can read it back: control characters as '?', at most 100 characters. */
    private static String printable(String value) {
        String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Refuses a body over the limit, by its declared length before reading a byte. */
    void checkDeclaredLength(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) throw ApiProblem.tooLarge(maxBytes);
    }

    private byte[] bytes(Context ctx) {
        checkDeclaredLength(ctx);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) throw ApiProblem.tooLarge(maxBytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiProblem.badRequest("$", "the request body could not be read");
        }
    }

    private static RuntimeException translate(Exception e) {
        if (e instanceof InvalidDefinitionException bug) return new IllegalStateException(bug);
        if (e instanceof UnrecognizedPropertyException unknown)
            return ApiProblem.badRequest(path(unknown), "is not a known property; known: " + known(unknown));
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum())
            return ApiProblem.badRequest(
                    path(format), "'" + format.getValue() + "' is not one of " + constants(format.getTargetType()));
        if (e instanceof MismatchedInputException mismatch)
            return ApiProblem.badRequest(path(mismatch), expected(mismatch.getTargetType()));
        if (e instanceof JsonMappingException mapping)
            return ApiProblem.badRequest(path(mapping), mapping.getOriginalMessage());
        if (e instanceof JacksonException parse)
            return ApiProblem.badRequest("$", "malformed JSON: " + parse.getOriginalMessage() + location(parse));
        if (e instanceof IllegalArgumentException wrapped && wrapped.getCause() instanceof Exception cause)
            return translate(cause);
        return ApiProblem.badRequest("$", "the request body could not be read");
    }

    /** "visitor.email", "chatbot.answers[0].question", or "$" for the whole body. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) path.append('.');
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0)
                path.append('[').append(ref.getIndex()).append(']');
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String known(UnrecognizedPropertyException e) {
        Collection<Object> ids = e.getKnownPropertyIds();
        return ids == null
                ? "(none)"
                : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == null) return "has the wrong type";
        if (type.isEnum()) return "must be one of " + constants(type);
        if (type == String.class) return "must be a string";
        if (type == Boolean.class || type == boolean.class) return "must be true or false";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class)
            return "must be an integer";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "must be an array";
        return "must be an object";
    }

    private static String location(JacksonException e) {
        var where = e.getLocation();
        return where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
