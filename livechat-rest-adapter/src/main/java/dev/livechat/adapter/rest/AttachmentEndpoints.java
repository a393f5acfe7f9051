package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.AttachmentViews.AttachmentView;
import dev.livechat.adapter.rest.AttachmentViews.PostedAttachmentView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.in.AttachmentContent;
import dev.livechat.domain.port.in.PostAttachmentCommand;
import dev.livechat.domain.port.in.PostedAttachment;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Files in conversations: posted as the raw body (its {@code Content-Type}, and the name in the
 * {@code filename} query parameter) or as the part {@code file} of a {@code multipart/form-data}
 * body, up to the attachment size limit (not the service's JSON body limit); served back with the
 * type the bytes were sniffed as, in place for raster images only, as a download for anything else.
 */
final class AttachmentEndpoints {
    static final String UPLOAD_SUFFIX = "/attachments";
    static final String FILE_PART = "file";

    private final LiveChat chat;
    private final Authenticator auth;
    private final Responses out;
    private final RateLimiter limits;
    private final MultipartUploads multipart;

    AttachmentEndpoints(LiveChat chat, Authenticator auth, Responses out, RateLimiter limits) {
        this.chat = chat;
        this.auth = auth;
        this.out = out;
        this.limits = limits;
        this.multipart = new MultipartUploads(chat.attachments().maxBytes());
    }

    /** The upload route has a limit of its own: the service's body limit is for JSON. */
    static boolean isUpload(Context ctx) {
        String path = ctx.path();
        return path.startsWith(Routes.BASE + "/conversations/") && path.endsWith(UPLOAD_SUFFIX);
    }

    void post(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        if (caller instanceof Caller.Visitor visitor)
            limits.visitorMessage(visitor.conversation().value());
        long limit = chat.attachments().maxBytes();
        String contentType = ctx.req().getContentType();
        PostedAttachment posted;
        if (MultipartUploads.isMultipart(contentType)) {
            posted = multipart.read(ctx, part -> post(caller, id, part.name(), part.declaredType(), part.content()));
        } else {
            if (ctx.req().getContentLengthLong() > limit) throw ApiProblem.tooLarge(limit);
            // checked by the use case once the caller may post: null is "filename: is required"
            String name = ctx.queryParam("filename");
            posted = post(caller, id, name, Optional.ofNullable(contentType), body(ctx));
        }
        out.json(ctx, 201, PostedAttachmentView.of(posted));
    }

    private PostedAttachment post(
            Caller caller, ConversationId id, String name, Optional<String> declared, InputStream content) {
        return chat.attachments().postAttachment(new PostAttachmentCommand(caller, id, name, declared, content));
    }

    private static InputStream body(Context ctx) {
        try {
            return ctx.req().getInputStream();
        } catch (IOException e) {
            throw ApiProblem.badRequest("file", "the request body could not be read");
        }
    }

    void list(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        out.ok(
                ctx,
                chat.attachments().attachments(caller, id).stream()
                        .map(AttachmentView::of)
                        .toList());
    }

    /** The bytes, with headers that keep a browser from running anything in them. */
    void download(Context ctx) {
        AttachmentContent content = open(ctx);
        Attachment attachment = content.attachment();
        headers(ctx, attachment);
        ctx.result(content.bytes()); // Javalin streams it, then closes it
    }

    /** HEAD: the same headers, no body. */
    void head(Context ctx) {
        try (AttachmentContent content = open(ctx)) {
            headers(ctx, content.attachment());
            // on GET the server sets it, or chunks a compressed answer
            ctx.header("Content-Length", Long.toString(content.attachment().size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AttachmentContent open(Context ctx) {
        Caller caller = auth.require(ctx);
        AttachmentId id = Params.pathId(ctx, "id", "attachment", AttachmentId::of);
        return chat.attachments().open(caller, id);
    }

    private static void headers(Context ctx, Attachment attachment) {
        String type = attachment.type().mediaType();
        ctx.status(200);
        ctx.contentType(type.startsWith("text/") ? type + "; charset=utf-8" : type);
        ctx.header(
                "Content-Disposition", ContentDisposition.of(attachment.type().inline(), attachment.name()));
        ctx.header("X-Content-Type-Options", "nosniff");
        // a visitor's file, behind a token: no shared cache may keep it
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("ETag", "\"" + attachment.sha256().toLowerCase(Locale.ROOT) + "\"");
    }
}
