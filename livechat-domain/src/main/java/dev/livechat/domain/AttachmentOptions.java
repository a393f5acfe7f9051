package dev.livechat.domain;

import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.port.out.AttachmentStore;
import dev.livechat.domain.port.out.AttachmentsPort;
import dev.livechat.domain.service.Unattached;

/** The attachment settings of {@link LiveChat.Builder}, kept apart so that the builder stays readable. */
abstract class AttachmentOptions {
    AttachmentsPort attachments = Unattached.ATTACHMENTS;
    AttachmentStore attachmentStore = Unattached.STORE;
    AttachmentRules attachmentRules = AttachmentRules.byDefault();

    AttachmentOptions() {}

    /**
     * Where attachments are kept: what is known of them (the persistence adapter's
     * {@code JpaStorage.attachments()}, with the conversations) and their bytes (files, an object
     * store). Without them, posting a file is refused as a dependency unavailable.
     */
    public LiveChat.Builder attachments(AttachmentsPort attachments, AttachmentStore bytes) {
        this.attachments = attachments;
        this.attachmentStore = bytes;
        return (LiveChat.Builder) this;
    }

    /** The size limit and the types allowed (default: 10 MB of images, PDF and text). */
    public LiveChat.Builder attachmentRules(AttachmentRules rules) {
        this.attachmentRules = rules;
        return (LiveChat.Builder) this;
    }
}
