package dev.livechat.adapter.rest;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.port.in.PostedAttachment;
import java.time.Instant;

/** The JSON of attachments. */
final class AttachmentViews {
    private AttachmentViews() {}

    /** {@code url} is where the bytes are, for the same token. */
    record AttachmentView(
            String id,
            String conversationId,
            long messageSeq,
            String filename,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt,
            String url) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(
                    a.id().value(),
                    a.conversation().value(),
                    a.messageSeq(),
                    a.name().value(),
                    a.type().mediaType(),
                    a.size(),
                    a.sha256(),
                    a.uploadedAt(),
                    Routes.BASE + "/attachments/" + a.id().value());
        }
    }

    /** The message that carries the file, as {@code POST …/messages} answers it, with the attachment. */
    record PostedAttachmentView(
            long seq, AuthorKind authorKind, String author, String body, Instant sentAt, AttachmentView attachment) {
        static PostedAttachmentView of(PostedAttachment posted) {
            Message m = posted.message();
            return new PostedAttachmentView(
                    m.seq(),
                    m.authorKind(),
                    m.authorName(),
                    m.body().value(),
                    m.sentAt(),
                    AttachmentView.of(posted.attachment()));
        }
    }
}
