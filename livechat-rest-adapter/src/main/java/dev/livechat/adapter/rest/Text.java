package dev.livechat.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text the service keeps must be text every store keeps: no NUL (PostgreSQL refuses it, a 500),
 * no lone surrogate (stored as '?', silently), no Unicode non-character (U+FFFE, U+FFFF and their
 * kin in every plane, U+FDD0–U+FDEF). Checked once at the edge, for every string of a JSON body and
 * every path and query parameter, so that no endpoint can forget it.
 */
final class Text {
    private Text() {}

    /** Why the text is refused ("contains U+0000 (NUL) at index 3"), or empty when it is fine. */
    static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (nonCharacter(cp)) return Optional.of(describe(cp, "a Unicode non-character", i));
                i += 2;
                continue;
            }
            if (c == 0) return Optional.of(describe(c, "NUL, which no database keeps", i));
            if (Character.isSurrogate(c)) return Optional.of(describe(c, "a lone surrogate, not a character", i));
            if (nonCharacter(c)) return Optional.of(describe(c, "a Unicode non-character", i));
            i++;
        }
        return Optional.empty();
    }

    /** A 400 naming the field if the text is refused. */
    static void check(String field, String text) {
        if (text != null)
            refusal(text).ifPresent(why -> {
                throw ApiProblem.badRequest(field, why);
            });
    }

    /** Every parameter of a map (path or query), named by its name. */
    static void checkAll(Map<String, ? extends Iterable<String>> parameters) {
        List<FieldError> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            refusal(name).ifPresent(why -> errors.add(new FieldError("(a parameter name)", why)));
            for (String value : values) refusal(value).ifPresent(why -> errors.add(new FieldError(name, why)));
        });
        if (!errors.isEmpty()) throw ApiProblem.badRequest(errors);
    }

    /** Every string and property name of a JSON tree, each named by its path ("visitor.name", "names[1]"). */
    static List<FieldError> check(JsonNode tree) {
        List<FieldError> errors = new ArrayList<>();
        walk(tree, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual()) refusal(node.textValue()).ifPresent(why -> errors.add(new FieldError(name(path), why)));
        else if (node.isArray()) for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", errors);
        else if (node.isObject())
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                Optional<String> badName = refusal(property.getKey());
                if (badName.isPresent())
                    errors.add(new FieldError(name(path), "has a property name that " + badName.get()));
                else
                    walk(
                            property.getValue(),
                            path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                            errors);
            }
    }

    private static String name(String path) {
        return path.isEmpty() ? "$" : path;
    }

    /** U+FDD0–U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE …). */
    private static boolean nonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String describe(int cp, String what, int index) {
        return String.format("contains U+%04X (%s) at index %d", cp, what, index);
    }
}
