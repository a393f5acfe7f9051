package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;

/** The operators' free-text note on a conversation (up to 10,000 characters), with its last editor. */
public record Note(String text, UserId editedBy, String editorName, Instant editedAt) {
    public static final int MAX_LENGTH = 10_000;

    public Note {
        Require.present("note", text);
        Require.that(
                text.length() <= MAX_LENGTH,
                "note",
                "must be at most " + MAX_LENGTH + " characters, was " + text.length());
        Require.present("editedBy", editedBy);
        Require.present("editorName", editorName);
        Require.present("editedAt", editedAt);
    }
}
