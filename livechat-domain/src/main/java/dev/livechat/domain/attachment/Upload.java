package dev.livechat.domain.attachment;

import dev.livechat.domain.error.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The bytes of an attachment on their way in: sniffed from their head before anything is stored,
 * then counted and digested while a store reads them, refused with {@link ContentTooLargeException}
 * at the first byte past the limit (so a store never holds more than the limit, whatever the sender
 * declared).
 */
public final class Upload extends FilterInputStream {
    private final ContentType type;
    private final long limit;
    private final MessageDigest digest = Digests.sha256();
    private long size;

    private Upload(InputStream in, ContentType type, long limit) {
        super(in);
        this.type = type;
        this.limit = limit;
    }

    /** Reads the head of the content to sniff it; the upload then yields every byte, head included. */
    public static Upload sniffed(InputStream content, long limit) {
        try {
            byte[] head = content.readNBytes(ContentSniffer.HEAD_BYTES);
            if (head.length == 0) throw new InvalidValueException("file", "is empty");
            ContentType type = ContentSniffer.sniff(head, head.length);
            return new Upload(new SequenceInputStream(new ByteArrayInputStream(head), content), type, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment could not be read", e);
        }
    }

    public ContentType type() {
        return type;
    }

    /** The bytes read so far; all of them once a store has read to the end. */
    public long size() {
        return size;
    }

    /** The hex SHA-256 of the bytes read; call once, after a store has read to the end. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) counted(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte of an attachment is digested");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(byte[] bytes, int offset, int length) {
        size += length;
        if (size > limit) throw new ContentTooLargeException(limit);
        digest.update(bytes, offset, length);
    }
}
