package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.error.Require;

public record EditNoteCommand(Caller caller, ConversationId conversation, String note) {
    public EditNoteCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("note", note);
        Require.that(
                note.length() <= Note.MAX_LENGTH,
                "note",
                "must be at most " + Note.MAX_LENGTH + " characters, was " + note.length());
    }
}
