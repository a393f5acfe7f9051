package dev.livechat.domain.retention;

/** What replaces erased text: readers see that something was there, and that it is gone on purpose. */
public final class ErasedText {
    public static final String MARKER = "[erased]";

    private ErasedText() {}
}
