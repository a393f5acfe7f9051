package dev.livechat.domain.tag;

import dev.livechat.domain.error.Require;
import java.util.Locale;

/** A tag's name: trimmed, 1–50 characters, compared case-insensitively ("Billing" is "billing"). */
public record TagName(String value) implements Comparable<TagName> {
    public TagName {
        value = Require.text("name", value, 50);
    }

    public static TagName of(String value) {
        return new TagName(value);
    }

    /** The form names are compared and stored unique by. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TagName name && name.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(TagName other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
