package dev.livechat.domain.canned;

import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a canned response with placeholders ({@code {visitor.name}}, {@code {operator.name}},
 * {@code {channel.name}}) filled in when it is posted. A placeholder is a brace around a dotted
 * name ({@code {word.word}}); other braces ("code {1234}", "{ }") are plain text. An unknown
 * placeholder is refused, never posted as is: the visitor would read "{vistor.name}".
 */
public record Template(String value) {
    public static final String VISITOR_NAME = "visitor.name";
    public static final String OPERATOR_NAME = "operator.name";
    public static final String CHANNEL_NAME = "channel.name";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+)}");
    private static final java.util.Set<String> KNOWN = java.util.Set.of(VISITOR_NAME, OPERATOR_NAME, CHANNEL_NAME);

    /** Text only: what a store gives back; a template being written goes through {@link #of}. */
    public Template {
        value = Require.text("body", value, MessageBody.MAX_LENGTH);
    }

    /** A template being written: an unknown placeholder is refused now, naming {@code body}. */
    public static Template of(String value) {
        Template template = new Template(value);
        requireKnownPlaceholders(template.value, "body");
        return template;
    }

    /**
     * A template as stored, not checked again: one saved before a placeholder was retired, or
     * written by an embedder's own store, is refused when posted ({@link #expand}), not when listed.
     */
    public static Template stored(String value) {
        return new Template(value);
    }

    /**
     * The message this template makes with these values (one for each known placeholder); refused
     * naming {@code field} when a placeholder is unknown or the result is too long for a message.
     */
    public MessageBody expand(Map<String, String> values, String field) {
        requireKnownPlaceholders(value, field);
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        m.appendTail(out);
        String text = out.toString();
        if (text.strip().length() > MessageBody.MAX_LENGTH)
            throw new InvalidValueException(
                    field, "expands to more than " + MessageBody.MAX_LENGTH + " characters, the limit of a message");
        if (text.isBlank()) throw new InvalidValueException(field, "expands to an empty message");
        return MessageBody.of(text);
    }

    private static void requireKnownPlaceholders(String text, String field) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find())
            if (!KNOWN.contains(m.group(1)))
                throw new InvalidValueException(
                        field,
                        "unknown placeholder {" + m.group(1) + "}; known are {" + VISITOR_NAME + "}, {" + OPERATOR_NAME
                                + "}, {" + CHANNEL_NAME + "}");
    }

    @Override
    public String toString() {
        return value;
    }
}
