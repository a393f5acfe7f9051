package dev.livechat.adapter.mail;

import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.transcript.Transcript;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Transcripts built by hand, and a received mail taken apart. */
final class Transcripts {
    static final ConversationId CONVERSATION = ConversationId.of("conv-42");

    private Transcripts() {}

    /** Builds a transcript message by message. */
    static final class Builder {
        private final List<String> operators = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final Instant start;
        private Instant end;
        private ZoneId zone = ZoneId.of("UTC");
        private String visitor = "Visitor #42";
        private Optional<Rating> rating = Optional.empty();

        Builder(String start) {
            this.start = this.end = Instant.parse(start);
        }

        Builder operator(String name) {
            operators.add(name);
            return this;
        }

        Builder visitor(String name) {
            visitor = name;
            return this;
        }

        Builder zone(String id) {
            zone = ZoneId.of(id);
            return this;
        }

        Builder says(AuthorKind kind, String author, String at, String body) {
            Optional<UserId> id = kind == AuthorKind.OPERATOR ? Optional.of(UserId.of("op-1")) : Optional.empty();
            end = Instant.parse(at);
            messages.add(new Message(CONVERSATION, messages.size() + 1, kind, id, author, MessageBody.of(body), end));
            return this;
        }

        Builder rated(int score, String comment) {
            rating = Optional.of(new Rating(score, Optional.ofNullable(comment), end));
            return this;
        }

        Builder closedAt(String at) {
            end = Instant.parse(at);
            return this;
        }

        Transcript build() {
            return new Transcript(CONVERSATION, visitor, operators, start, end, zone, messages, rating);
        }
    }

    static Builder startedAt(String instant) {
        return new Builder(instant);
    }

    /** A mail taken apart: the message, its two parts decoded, and the whole of it as sent on the wire. */
    record Mail(MimeMessage message, String plain, String html, String raw) {
        static Mail of(MimeMessage message) throws MessagingException, IOException {
            MimeMultipart alternative = (MimeMultipart) message.getContent();
            if (!message.isMimeType("multipart/alternative") || alternative.getCount() != 2)
                throw new AssertionError("not a two-part multipart/alternative: " + message.getContentType());
            BodyPart plain = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            if (!plain.isMimeType("text/plain") || !html.isMimeType("text/html"))
                throw new AssertionError("parts are " + plain.getContentType() + ", " + html.getContentType());
            var raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new Mail(
                    message,
                    (String) plain.getContent(),
                    (String) html.getContent(),
                    raw.toString(StandardCharsets.UTF_8));
        }

        String plainType() throws MessagingException {
            return ((MimeMultipart) parts()).getBodyPart(0).getContentType();
        }

        String htmlType() throws MessagingException {
            return ((MimeMultipart) parts()).getBodyPart(1).getContentType();
        }

        private Object parts() throws MessagingException {
            try {
                return message.getContent();
            } catch (IOException e) {
                throw new MessagingException("unreadable", e);
            }
        }

        /** Everything a reader could see: the raw mail and both decoded parts. */
        String everything() {
            return raw + "\n" + plain + "\n" + html;
        }
    }
}
