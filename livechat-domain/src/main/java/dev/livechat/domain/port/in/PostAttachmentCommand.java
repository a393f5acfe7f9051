package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.FileName;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.io.InputStream;
import java.util.Optional;

/**
 * A file to post in a conversation: its name as sent (a {@link FileName} once the caller is known to
 * be allowed: who may not post learns nothing of what is wrong with the name), the type the sender
 * declares (a claim the content must bear out), and the content, read once by the use case.
 */
public record PostAttachmentCommand(
        Caller caller, ConversationId conversation, String name, Optional<String> declaredType, InputStream content) {
    public PostAttachmentCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.present("declaredType", declaredType);
        Require.present("file", content);
    }

    public FileName fileName() {
        return FileName.of(name);
    }
}
