package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.AttachmentId;

/**
 * Privacy erasure of one attachment: its bytes become "[erased]" (text/plain), it stays listed under
 * its message. For a manager or the service itself; no HTTP route calls it yet.
 */
public interface EraseAttachmentUseCase {
    void erase(Caller caller, AttachmentId id);
}
