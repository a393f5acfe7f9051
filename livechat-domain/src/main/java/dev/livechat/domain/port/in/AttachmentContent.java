package dev.livechat.domain.port.in;

import dev.livechat.domain.attachment.Attachment;
import java.io.IOException;
import java.io.InputStream;

/** An attachment and its bytes, to read once and close. */
public record AttachmentContent(Attachment attachment, InputStream bytes) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
