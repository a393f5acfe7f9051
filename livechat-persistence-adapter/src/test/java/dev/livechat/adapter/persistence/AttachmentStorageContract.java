package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.attachment.ContentTooLargeException;
import dev.livechat.domain.attachment.ContentType;
import dev.livechat.domain.attachment.Upload;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.port.in.AttachmentContent;
import dev.livechat.domain.port.in.PostAttachmentCommand;
import dev.livechat.domain.port.in.PostedAttachment;
import dev.livechat.domain.port.in.ReadMessagesCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.out.AttachmentsPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments on a real database and real files: the row commits with its message or neither does,
 * and the bytes go when the database write fails. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AttachmentStorageContract {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String BOOTSTRAP = "attachment-contract-bootstrap-0123456789";

    @TempDir
    Path files;

    FileAttachmentStore bytes;
    /** Set to make the next add fail after the row is inserted, inside the unit of work. */
    boolean failAfterInsert;

    LiveChat chat;
    Caller visitor;
    ConversationId conversation;

    /** A storage whose tables are empty. */
    protected abstract JpaStorage emptyStorage();

    @BeforeEach
    void wire() {
        JpaStorage storage = emptyStorage();
        bytes = new FileAttachmentStore(files.resolve("attachments"));
        AttachmentsPort failing = new FailingAfterInsert(storage.attachments());
        chat = LiveChat.builder()
                .storage(storage.ports())
                .mailer(new RecordingMailer())
                .attachments(failing, bytes)
                .build();
        chat.users().bootstrapManager(BOOTSTRAP);
        Caller admin = chat.authenticate().authenticate(BOOTSTRAP).orElseThrow();
        Channel web = chat.channels().createChannel(admin, "Website", SessionCap.byDefault());
        StartedConversation started =
                chat.start().start(StartConversationCommand.in(web.id()).build());
        visitor = chat.authenticate().authenticate(started.visitorToken()).orElseThrow();
        conversation = started.conversation().id();
    }

    PostedAttachment post(String name, InputStream content) {
        return chat.attachments()
                .postAttachment(new PostAttachmentCommand(visitor, conversation, name, Optional.empty(), content));
    }

    List<Message> messages() {
        return chat.messages().messages(new ReadMessagesCommand(visitor, conversation, 0, 100));
    }

    long filesStored() throws IOException {
        try (Stream<Path> all = Files.walk(bytes.directory())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theAttachmentIsStoredWithItsMessageAndItsBytesAsAFile() throws IOException {
        PostedAttachment posted = post("screen.png", new ByteArrayInputStream(PNG));

        assertThat(messages()).last().satisfies(m -> {
            assertThat(m.seq()).isEqualTo(posted.message().seq());
            assertThat(m.body()).isEqualTo(posted.message().body());
        });
        Attachment read = chat.attachments().attachments(visitor, conversation).get(0);
        // the database keeps microseconds
        assertThat(read).usingRecursiveComparison().ignoringFields("uploadedAt").isEqualTo(posted.attachment());
        assertThat(read.type()).isEqualTo(ContentType.PNG);
        try (AttachmentContent content = chat.attachments().open(visitor, read.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(PNG);
        }
        assertThat(filesStored()).isEqualTo(1);
    }

    @Test
    void aFailedDatabaseWriteRollsTheMessageBackAndDeletesTheBytes() throws IOException {
        int before = messages().size();
        failAfterInsert = true;

        assertThatThrownBy(() -> post("screen.png", new ByteArrayInputStream(PNG)))
                .isInstanceOf(DependencyUnavailableException.class);

        assertThat(messages()).hasSize(before);
        assertThat(chat.attachments().attachments(visitor, conversation)).isEmpty();
        assertThat(filesStored()).isZero();
    }

    @Test
    void contentThatFailsWhileReadLeavesNoFileNotEvenATemporaryOne() throws IOException {
        InputStream tooLarge = Upload.sniffed(new ByteArrayInputStream(PNG), 10);

        assertThatThrownBy(() -> bytes.put(AttachmentId.random(), tooLarge))
                .isInstanceOf(ContentTooLargeException.class);

        assertThat(filesStored()).isZero();
    }

    @Test
    void erasureReplacesTheFileAndTheRowSaysSo() throws IOException {
        AttachmentId id =
                post("screen.png", new ByteArrayInputStream(PNG)).attachment().id();

        chat.attachments().erase(Caller.system(), id);

        try (AttachmentContent content = chat.attachments().open(visitor, id)) {
            assertThat(new String(content.bytes().readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("[erased]");
            assertThat(content.attachment().type()).isEqualTo(ContentType.TEXT);
            assertThat(content.attachment().size()).isEqualTo(8);
        }
    }

    @Test
    void theSweeperDeletesOldFilesNoAttachmentNames() throws IOException {
        AttachmentId kept =
                post("screen.png", new ByteArrayInputStream(PNG)).attachment().id();
        AttachmentId orphan = AttachmentId.random();
        bytes.put(orphan, new ByteArrayInputStream(PNG));

        assertThat(chat.attachments().sweepOrphans(Instant.now().minus(Duration.ofHours(1)), 100))
                .as("too recent: may be an upload in flight")
                .isZero();
        assertThat(chat.attachments().sweepOrphans(Instant.now().plusSeconds(5), 100))
                .isEqualTo(1);

        assertThat(bytes.open(orphan)).isEmpty();
        assertThat(bytes.open(kept)).isPresent();
    }

    /** The real port, failing after its insert when the test says so: the database write fails late. */
    final class FailingAfterInsert implements AttachmentsPort {
        private final AttachmentsPort real;

        FailingAfterInsert(AttachmentsPort real) {
            this.real = real;
        }

        @Override
        public void add(Attachment attachment) {
            real.add(attachment);
            if (failAfterInsert)
                throw new DependencyUnavailableException("database", new IllegalStateException("failing on purpose"));
        }

        @Override
        public Optional<Attachment> find(AttachmentId id) {
            return real.find(id);
        }

        @Override
        public List<Attachment> of(ConversationId conversation) {
            return real.of(conversation);
        }

        @Override
        public Set<AttachmentId> known(Collection<AttachmentId> ids) {
            return real.known(ids);
        }

        @Override
        public void markErased(AttachmentId id) {
            real.markErased(id);
        }
    }
}
