package dev.livechat.domain.port.in;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.conversation.Message;

/** The message that carries a posted file, and the file. */
public record PostedAttachment(Message message, Attachment attachment) {}
