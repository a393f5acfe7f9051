package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.FileName;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.io.InputStream;
import java.util.Optional;

/**
 * A file to post in a conversation: its name, the type the sender declares (a claim the content
 * must bear out), and the content, read once by the use case.
 */
public record PostAttachmentCommand(
        Caller caller, ConversationId conversation, FileName name, Optional<String> declaredType, InputStream content) {
    public PostAttachmentCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("filename", name);
        Require.present("declaredType", declaredType);
        Require.present("file", content);
    }
}
