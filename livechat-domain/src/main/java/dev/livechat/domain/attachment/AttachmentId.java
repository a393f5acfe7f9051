package dev.livechat.domain.attachment;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies an attachment: random, so that knowing one id tells nothing of another. */
public record AttachmentId(String value) {
    public AttachmentId {
        value = Require.id("attachmentId", value);
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(value);
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
