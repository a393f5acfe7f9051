package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.*;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.attachment.FileName;
import dev.livechat.domain.attachment.Upload;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationAction;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.StatusRules;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.AttachmentStore;
import dev.livechat.domain.port.out.AttachmentsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Files in conversations. The bytes go to the {@link AttachmentStore} first, then the message that
 * names the file and the attachment are stored in one unit of work; when that unit fails the bytes
 * are deleted again, so a refusal or a database failure leaves neither a message without its file
 * nor a file without its message (a killed process can leave bytes: {@link #sweepOrphans}).
 */
public final class AttachmentService implements AttachmentUseCases {
    private static final System.Logger LOG = System.getLogger(AttachmentService.class.getName());

    private final ConversationWork work;
    private final AttachmentsPort attachments;
    private final AttachmentStore bytes;
    private final AttachmentRules rules;
    private final Clock clock;

    public AttachmentService(
            ConversationWork work,
            AttachmentsPort attachments,
            AttachmentStore bytes,
            AttachmentRules rules,
            Clock clock) {
        this.work = work;
        this.attachments = attachments;
        this.bytes = bytes;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public PostedAttachment postAttachment(PostAttachmentCommand command) {
        // who and where before a byte is read: a refused caller does not get to send 10 MB first
        mayPost(work.load(command.conversation()).state(), command.caller());
        FileName name = command.fileName();
        Upload upload = Upload.sniffed(command.content(), rules.maxBytes());
        rules.check(upload.type(), command.declaredType().orElse(null));
        AttachmentId id = AttachmentId.random();
        bytes.put(id, upload);
        long size = upload.size();
        String sha256 = upload.sha256();
        try {
            return work.inUnit(() -> {
                Message message = work.apply(command.conversation(), conversation -> post(conversation, command, name));
                Attachment attachment = new Attachment(
                        id, command.conversation(), message.seq(), name, upload.type(), size, sha256, message.sentAt());
                attachments.add(attachment);
                return new PostedAttachment(message, attachment);
            });
        } catch (RuntimeException | Error failed) {
            forget(id, failed);
            throw failed;
        }
    }

    @Override
    public long maxBytes() {
        return rules.maxBytes();
    }

    /** On fresh state, in the unit: the checks made before the upload may be out of date by now. */
    private Message post(Conversation conversation, PostAttachmentCommand command, FileName name) {
        MessageBody body = MessageBody.of("\uD83D\uDCCE " + name.value()); // 📎 and the name
        if (mayPost(conversation.state(), command.caller()))
            return conversation.postVisitorMessage(body, clock.instant());
        return conversation.postOperatorMessage(
                participant(conversation.state(), command.caller(), "post a file"), body, clock.instant());
    }

    /** True for the visitor, false for an operator taking part; refuses anyone else, and a closed conversation. */
    private static boolean mayPost(ConversationState conversation, Caller caller) {
        boolean visitor = isVisitorOf(conversation, caller);
        if (!visitor) participant(conversation, caller, "post a file in this conversation");
        StatusRules.after(
                conversation.id(),
                conversation.status(),
                visitor ? ConversationAction.POST_VISITOR_MESSAGE : ConversationAction.POST_OPERATOR_MESSAGE);
        return visitor;
    }

    private void forget(AttachmentId id, Throwable because) {
        try {
            bytes.delete(id);
        } catch (RuntimeException e) {
            because.addSuppressed(e);
            LOG.log(System.Logger.Level.WARNING, "attachment " + id + " was not stored, and its bytes remain", e);
        }
    }

    @Override
    public AttachmentContent open(Caller caller, AttachmentId id) {
        Attachment attachment = attachments.find(id).orElseThrow(() -> new NotFoundException("attachment", id));
        reader(work.load(attachment.conversation()).state(), caller, "read this conversation's files");
        return new AttachmentContent(
                attachment, bytes.open(id).orElseThrow(() -> new NotFoundException("attachment content", id)));
    }

    @Override
    public List<Attachment> attachments(Caller caller, ConversationId conversation) {
        reader(work.load(conversation).state(), caller, "read this conversation's files");
        return attachments.of(conversation);
    }

    @Override
    public void erase(Caller caller, AttachmentId id) {
        if (!(caller instanceof Caller.System)
                && !(caller instanceof Caller.User u && u.user().role() == Role.LIVECHAT_MANAGER))
            throw new AccessDeniedException(caller.describe() + " may not erase attachment " + id
                    + ": only a LIVECHAT_MANAGER or the service itself may");
        attachments.find(id).orElseThrow(() -> new NotFoundException("attachment", id));
        // the bytes first: should the second step fail, the content is gone already, and erasing again mends the rest
        bytes.erase(id);
        attachments.markErased(id);
    }

    @Override
    public int sweepOrphans(Instant cutoff, int max) {
        List<AttachmentId> stored = bytes.storedBefore(cutoff, max);
        Set<AttachmentId> known = attachments.known(stored);
        int deleted = 0;
        for (AttachmentId id : stored)
            if (!known.contains(id)) {
                bytes.delete(id);
                deleted++;
            }
        if (deleted > 0) LOG.log(System.Logger.Level.INFO, "deleted the bytes of " + deleted + " unfinished uploads");
        return deleted;
    }
}
