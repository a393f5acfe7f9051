package dev.livechat.domain.attachment;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;

/**
 * The name an attachment was uploaded under, shown to readers and offered when they save it. A name,
 * never a path: no separators, no "." or "..", no control or invisible formatting characters (a
 * right-to-left override would make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"), at most 255
 * characters. Refused rather than cleaned, so that what readers see is what the sender typed.
 */
public record FileName(String value) {
    public static final int MAX_LENGTH = 255;

    public FileName {
        value = Require.text("filename", value, MAX_LENGTH);
        if (value.equals(".") || value.equals(".."))
            throw new InvalidValueException("filename", "must name a file, not '" + value + "'");
        value.codePoints().forEach(FileName::check);
    }

    public static FileName of(String value) {
        return new FileName(value);
    }

    private static void check(int c) {
        if (c == '/' || c == '\\')
            throw new InvalidValueException("filename", "must be a file name, not a path (no '/' or '\\')");
        int type = Character.getType(c);
        if (Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED && !Character.isValidCodePoint(c))
            throw new InvalidValueException(
                    "filename", "must not hold control or formatting characters (U+" + hex(c) + ")");
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }

    @Override
    public String toString() {
        return value;
    }
}
