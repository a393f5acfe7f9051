package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.conversation.ConversationId;
import java.util.List;

/** Attachments are read by whoever may read their conversation: its visitor and live chat users. */
public interface ReadAttachmentsUseCase {
    AttachmentContent open(Caller caller, AttachmentId id);

    List<Attachment> attachments(Caller caller, ConversationId conversation);
}
