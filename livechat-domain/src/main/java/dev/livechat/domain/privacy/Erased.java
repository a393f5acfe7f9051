package dev.livechat.domain.privacy;

/**
 * What replaces text that must keep its place (a message body, the visitor's name, an attachment's
 * bytes), whether a person asked for it or the retention period passed: readers see that something
 * was there, and that it is gone on purpose.
 */
public final class Erased {
    public static final String TEXT = "[erased]";

    private Erased() {}
}
