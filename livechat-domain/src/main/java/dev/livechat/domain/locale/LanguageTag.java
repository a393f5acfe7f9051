package dev.livechat.domain.locale;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag ("fr", "fr-BE", "zh-Hant-TW"), normalised: primary subtag lower case,
 * region upper case, script title case.
 */
public record LanguageTag(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public LanguageTag {
        String text = Require.text("language", value, 35);
        if (!SHAPE.matcher(text).matches())
            throw new InvalidValueException("language", "'" + text + "' is not a BCP 47 language tag");
        value = normalise(text);
    }

    public static LanguageTag of(String value) {
        return new LanguageTag(value);
    }

    /** The primary language subtag: "fr" for "fr-BE". */
    public String primary() {
        int dash = value.indexOf('-');
        return dash < 0 ? value : value.substring(0, dash);
    }

    public boolean samePrimaryAs(LanguageTag other) {
        return primary().equals(other.primary());
    }

    private static String normalise(String text) {
        String[] parts = text.split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            out.append('-');
            if (part.length() == 2 && Character.isLetter(part.charAt(0))) out.append(part.toUpperCase(Locale.ROOT));
            else if (part.length() == 4 && Character.isLetter(part.charAt(0)))
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(part.substring(1).toLowerCase(Locale.ROOT));
            else out.append(part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
