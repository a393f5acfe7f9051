package dev.livechat.application;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Raw configuration: environment variables, over an optional properties file named by
 * {@code LIVECHAT_CONFIG_FILE} that uses the same keys. Typed readers name the variable in every
 * error.
 */
final class Settings {
    private final Map<String, String> values;
    /** Which keys were asked for: lets a test prove every variable listed in Variables is read. */
    private final java.util.Set<String> read = new java.util.HashSet<>();

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    static Settings from(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get("LIVECHAT_CONFIG_FILE");
        if (file != null && !file.isBlank()) merged.putAll(readFile(Path.of(file)));
        environment.forEach((key, value) -> {
            if (key.startsWith("LIVECHAT_")) merged.put(key, value);
        });
        return new Settings(merged);
    }

    private static Map<String, String> readFile(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("LIVECHAT_CONFIG_FILE", "the file " + path.toAbsolutePath() + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("LIVECHAT_CONFIG_FILE", "cannot read " + path + ": " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
        return out;
    }

    Optional<String> text(String key) {
        if (!Variables.NAMES.contains(key))
            throw new IllegalStateException(key + " is read but not listed in Variables (so --help misses it)");
        read.add(key);
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    int integer(String key, int fallback, int min, int max) {
        return parse(
                key,
                fallback,
                v -> {
                    int n = Integer.parseInt(v);
                    if (n < min || n > max) throw new IllegalArgumentException();
                    return n;
                },
                "a whole number from " + min + " to " + max);
    }

    Duration duration(String key, Duration fallback) {
        return parse(
                key,
                fallback,
                v -> {
                    Duration d = Duration.parse(v);
                    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException();
                    return d;
                },
                "a positive ISO-8601 duration such as PT30M or PT10S");
    }

    boolean flag(String key, boolean fallback) {
        return parse(
                key,
                fallback,
                v -> {
                    if (v.equalsIgnoreCase("true")) return true;
                    if (v.equalsIgnoreCase("false")) return false;
                    throw new IllegalArgumentException();
                },
                "true or false");
    }

    java.util.Set<String> keysRead() {
        return java.util.Set.copyOf(read);
    }

    <T> T parse(String key, T fallback, Function<String, T> parser, String expected) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) return fallback;
        try {
            return parser.apply(raw.get());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ConfigException(key, "expected " + expected + ", got '" + raw.get() + "'");
        } catch (RuntimeException e) {
            throw new ConfigException(key, e.getMessage() + " (got '" + raw.get() + "')");
        }
    }
}
