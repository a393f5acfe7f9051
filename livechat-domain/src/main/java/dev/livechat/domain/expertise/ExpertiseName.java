package dev.livechat.domain.expertise;

import dev.livechat.domain.error.Require;
import java.util.Locale;

/** The name of an expertise ("Billing"); two names are the same expertise whatever their case. */
public record ExpertiseName(String value) implements Comparable<ExpertiseName> {
    public ExpertiseName {
        value = Require.text("expertise", value, 50);
    }

    public static ExpertiseName of(String value) {
        return new ExpertiseName(value);
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpertiseName name && name.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(ExpertiseName other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
