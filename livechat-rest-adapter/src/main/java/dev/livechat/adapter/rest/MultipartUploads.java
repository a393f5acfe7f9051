package dev.livechat.adapter.rest;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.util.MultipartUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A file sent as the part {@code file} of a {@code multipart/form-data} body, as a browser form or
 * {@code curl -F file=@name} sends it. The container spools the parts to disk, within the attachment
 * size limit for the file and a little more for the whole body; the spooled parts are deleted once
 * the file is posted or refused.
 */
final class MultipartUploads {
    /** Room for the part headers and boundaries around the file, and a few small fields. */
    static final long ENVELOPE_BYTES = 16 * 1024;

    /** The file part as the sender described it. */
    record Part(String name, Optional<String> declaredType, InputStream content) {}

    private final long maxBytes;
    private final MultipartConfig config = new MultipartConfig();

    MultipartUploads(long maxBytes) {
        this.maxBytes = maxBytes;
        config.maxFileSize(maxBytes, SizeUnit.BYTES);
        config.maxTotalRequestSize(maxBytes + ENVELOPE_BYTES, SizeUnit.BYTES);
        config.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
    }

    static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    <T> T read(Context ctx, Function<Part, T> post) {
        if (ctx.req().getContentLengthLong() > maxBytes + ENVELOPE_BYTES) throw ApiProblem.tooLarge(maxBytes);
        List<UploadedFile> files = files(ctx);
        try {
            if (files.isEmpty())
                throw ApiProblem.badRequest(
                        AttachmentEndpoints.FILE_PART, "is required: a part named 'file' with a filename");
            if (files.size() > 1)
                throw ApiProblem.badRequest(AttachmentEndpoints.FILE_PART, "must be one file, was " + files.size());
            UploadedFile file = files.get(0);
            try (InputStream content = file.content()) {
                return post.apply(new Part(file.filename(), Optional.ofNullable(file.contentType()), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteSpooled(ctx);
        }
    }

    private List<UploadedFile> files(Context ctx) {
        try {
            return MultipartUtil.INSTANCE.uploadedFiles(ctx.req(), AttachmentEndpoints.FILE_PART, config);
        } catch (Exception e) { // the container's checked exceptions too, which Kotlin code throws unchecked
            if (tooLarge(e)) throw ApiProblem.tooLarge(maxBytes);
            throw ApiProblem.badRequest("$", "the multipart body could not be read");
        }
    }

    /** The container says so in its own words: "exceeds maxFileSize", "max request size", … */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max") && (message.contains("size") || message.contains("length"))) return true;
        }
        return false;
    }

    private static void deleteSpooled(Context ctx) {
        try {
            for (jakarta.servlet.http.Part part : ctx.req().getParts()) part.delete();
        } catch (Exception alreadyGone) {
            // nothing spooled, or the container cleans up at the end of the request anyway
        }
    }
}
