package dev.livechat.domain.common;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.util.regex.Pattern;

/**
 * One mailbox ("ana@example.com"). Refuses anything that could smuggle a header or a second
 * recipient into a mail: CR, LF, commas, semicolons, angle brackets, spaces, or a missing domain.
 */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        Require.present("email", value);
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)
            throw new InvalidValueException("email", "must not contain line breaks");
        String text = Require.text("email", value, 254);
        if (text.contains(",") || text.contains(";"))
            throw new InvalidValueException("email", "must be one address, not a list ('" + text + "')");
        if (!SHAPE.matcher(text).matches() || text.startsWith(".") || text.contains(".."))
            throw new InvalidValueException("email", "'" + text + "' is not a valid email address");
        value = text;
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
