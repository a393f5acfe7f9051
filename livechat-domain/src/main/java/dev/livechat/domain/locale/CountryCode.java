package dev.livechat.domain.locale;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code ("BE"), upper case, checked against the JDK's list. */
public record CountryCode(String value) {
    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    public CountryCode {
        String text = Require.text("country", value, 2).toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(text))
            throw new InvalidValueException("country", "'" + value + "' is not an ISO 3166-1 alpha-2 country code");
        value = text;
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
