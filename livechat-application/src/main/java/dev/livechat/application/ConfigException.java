package dev.livechat.application;

/** A configuration value is wrong; the message names the variable and what it expects. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem);
    }
}
