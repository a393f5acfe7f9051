package dev.livechat.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, from a resource Maven filters (the jar manifest is absent when run from classes). */
final class Version {
    private static final String RESOURCE = "/livechat-version.properties";

    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown (" + RESOURCE + " is missing)";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
