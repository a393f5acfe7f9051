package dev.livechat.domain.service;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.out.AttachmentStore;
import dev.livechat.domain.port.out.AttachmentsPort;
import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the person's conversations, wherever their bytes are kept: the export lists them
 * (not their bytes: each is downloadable), the erasure replaces their bytes by "[erased]" as the
 * erasure of one attachment does. Their names are the attachment table's (its own store erases them).
 */
public final class AttachmentsPersonalData implements PersonalDataPort {
    private final AttachmentsPort attachments;
    private final AttachmentStore bytes;

    public AttachmentsPersonalData(AttachmentsPort attachments, AttachmentStore bytes) {
        this.attachments = attachments;
        this.bytes = bytes;
    }

    @Override
    public String section() {
        return "attachments";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConversationId conversation : person.conversations())
            for (Attachment a : attachments.of(conversation)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", a.id().value());
                row.put("conversationId", conversation.value());
                row.put("messageSeq", a.messageSeq());
                row.put("name", a.name().value());
                row.put("type", a.type().mediaType());
                row.put("size", a.size());
                row.put("uploadedAt", a.uploadedAt().toString());
                rows.add(row);
            }
        return rows;
    }

    @Override
    public int erase(Person person, Instant at) {
        int erased = 0;
        for (ConversationId conversation : person.conversations())
            for (Attachment a : attachments.of(conversation)) {
                if (a.equals(a.erased())) continue; // erased before
                bytes.erase(a.id());
                attachments.markErased(a.id());
                erased++;
            }
        return erased;
    }
}
