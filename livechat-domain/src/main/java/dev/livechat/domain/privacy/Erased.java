package dev.livechat.domain.privacy;

/** What replaces a person's text that must keep its place (a message body, the visitor's name). */
public final class Erased {
    public static final String TEXT = "[erased]";

    private Erased() {}
}
