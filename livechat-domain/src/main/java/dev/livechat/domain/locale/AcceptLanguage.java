package dev.livechat.domain.locale;

import dev.livechat.domain.error.InvalidValueException;
import java.util.Optional;

/**
 * The visitor's language from an HTTP {@code Accept-Language} header (RFC 9110, section 12.5.4):
 * the range with the highest weight. Lenient by design, since the header comes from any browser or
 * script: a malformed entry is skipped, never an error.
 */
public final class AcceptLanguage {
    /** Longer headers are not a browser's; refusing them bounds the work done on untrusted input. */
    static final int MAX_HEADER_LENGTH = 4096;

    private static final int NOT_A_WEIGHT = -1;

    private AcceptLanguage() {}

    /**
     * The highest-weighted language range: weights run from 0 to 1 with up to three decimals (1
     * when absent), 0 means "not acceptable", {@code *} is ignored, and on equal weights the first
     * listed wins. Empty when nothing in the header is both well formed and acceptable. Never throws.
     */
    public static Optional<LanguageTag> preferred(String headerValue) {
        if (headerValue == null || headerValue.isBlank() || headerValue.length() > MAX_HEADER_LENGTH)
            return Optional.empty();
        LanguageTag best = null;
        int bestWeight = 0;
        for (String entry : headerValue.split(",", -1)) {
            int semicolon = entry.indexOf(';');
            String range = (semicolon < 0 ? entry : entry.substring(0, semicolon)).strip();
            int weight = semicolon < 0 ? 1000 : weight(entry.substring(semicolon + 1));
            if (weight <= bestWeight || range.equals("*")) continue;
            Optional<LanguageTag> tag = parseOrEmpty(range);
            if (tag.isPresent()) {
                best = tag.get();
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The tag, normalised, or empty when the text is null, blank or not a BCP 47 language tag. */
    public static Optional<LanguageTag> parseOrEmpty(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LanguageTag.of(text));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The weight in thousandths from the parameters after the range ({@code "q=0.8"}), or
     * {@link #NOT_A_WEIGHT} when they are anything but one well-formed q parameter.
     */
    private static int weight(String parameters) {
        String parameter = parameters.strip();
        if (parameter.length() < 3 || !parameter.regionMatches(true, 0, "q=", 0, 2)) return NOT_A_WEIGHT;
        return qvalue(parameter.substring(2));
    }

    /** {@code qvalue = ("0" ["." 0*3DIGIT]) / ("1" ["." 0*3("0")])}, in thousandths. */
    private static int qvalue(String text) {
        if (text.isEmpty() || text.length() > 5) return NOT_A_WEIGHT;
        char units = text.charAt(0);
        if (units != '0' && units != '1') return NOT_A_WEIGHT;
        if (text.length() > 1 && text.charAt(1) != '.') return NOT_A_WEIGHT;
        int thousandths = 0;
        for (int i = 2, scale = 100; i < text.length(); i++, scale /= 10) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') return NOT_A_WEIGHT;
            thousandths += (digit - '0') * scale;
        }
        if (units == '1') return thousandths == 0 ? 1000 : NOT_A_WEIGHT;
        return thousandths;
    }
}
