package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.attachment.ContentTooLargeException;
import dev.livechat.domain.attachment.ContentType;
import dev.livechat.domain.attachment.UnsupportedContentException;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationClosedException;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.fixtures.InMemoryAttachments;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.AttachmentContent;
import dev.livechat.domain.port.in.PostAttachmentCommand;
import dev.livechat.domain.port.in.PostedAttachment;
import dev.livechat.domain.port.in.StartedConversation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files in conversations: who may post and read them, what is refused, and that nothing is half-stored. */
class AttachmentServiceTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    final MutableClock clock = new MutableClock(World.START);
    final InMemoryAttachments attached = new InMemoryAttachments(clock);
    final World world = new World(b -> b.clock(clock)
            .attachments(attached, attached)
            .attachmentRules(AttachmentRules.byDefault().withMaxBytes(64)));
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator bob = world.add(operator("u2", "Bob"));
    final StartedConversation claire = world.start(visitor("Claire"));
    final ConversationId id = claire.conversation().id();

    PostedAttachment post(Caller caller, String name, String declared, byte[] content) {
        return world.chat
                .attachments()
                .postAttachment(new PostAttachmentCommand(
                        caller, id, name, Optional.ofNullable(declared), new ByteArrayInputStream(content)));
    }

    @Test
    void theVisitorPostsAnImageAsAMessageNamingIt() throws IOException {
        world.status(ana, id, ConversationStatus.WAITING_FOR_CUSTOMER);

        PostedAttachment posted = post(world.visitorOf(claire), "screen.png", "image/png", PNG);

        assertThat(posted.message().authorKind()).isEqualTo(AuthorKind.VISITOR);
        assertThat(posted.message().body().value()).endsWith("screen.png");
        assertThat(world.messages(id)).last().isEqualTo(posted.message());
        assertThat(world.stored(id).status()).contains(ConversationStatus.IN_PROGRESS);
        Attachment attachment = posted.attachment();
        assertThat(attachment.type()).isEqualTo(ContentType.PNG);
        assertThat(attachment.size()).isEqualTo(PNG.length);
        assertThat(attachment.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(PNG)));
        assertThat(attachment.messageSeq()).isEqualTo(posted.message().seq());
        try (AttachmentContent read = world.chat.attachments().open(as(bob), attachment.id())) {
            assertThat(read.bytes().readAllBytes()).isEqualTo(PNG);
        }
        assertThat(world.chat.attachments().attachments(world.visitorOf(claire), id))
                .containsExactly(attachment);
    }

    @Test
    void anOperatorTakingPartPostsAsAnOperatorOthersMayNot() {
        boolean anaTakesPart = world.stored(id).participants().takesPart(ana.id());
        Operator taking = anaTakesPart ? ana : bob;
        Operator other = anaTakesPart ? bob : ana;

        assertThat(post(as(taking), "notes.txt", "text/plain; charset=utf-8", bytes("hello"))
                        .message()
                        .authorKind())
                .isEqualTo(AuthorKind.OPERATOR);
        assertThatThrownBy(() -> post(as(other), "notes.txt", "text/plain", bytes("hello")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attached.storedContents()).isEqualTo(1);
    }

    @Test
    void theTypeIsWhatTheBytesAreNotWhatTheSenderSays() {
        Caller visitor = world.visitorOf(claire);

        assertThatThrownBy(() -> post(visitor, "fake.png", "image/png", bytes("%PDF-1.4 not an image")))
                .isInstanceOf(UnsupportedContentException.class)
                .extracting(e -> ((UnsupportedContentException) e).field())
                .isEqualTo("Content-Type");
        assertThatThrownBy(() -> post(visitor, "x.svg", "image/svg+xml", bytes("<svg onload=alert(1)>")))
                .isInstanceOf(UnsupportedContentException.class)
                .hasMessageContaining("image/svg+xml is not allowed");
        assertThat(post(visitor, "unknown.bin", "application/octet-stream", PNG)
                        .attachment()
                        .type())
                .isEqualTo(ContentType.PNG);
        assertThat(attached.storedContents()).isEqualTo(1);
        assertThat(world.messages(id).stream().filter(m -> m.body().value().contains("fake.png")))
                .isEmpty();
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingIsKept() {
        int before = world.messages(id).size();

        assertThatThrownBy(() -> post(world.visitorOf(claire), "big.txt", "text/plain", bytes("a".repeat(65))))
                .isInstanceOf(ContentTooLargeException.class);

        assertThat(attached.storedContents()).isZero();
        assertThat(world.messages(id)).hasSize(before);
    }

    @Test
    void aFailedDatabaseWriteLeavesNoMessageAndNoBytes() {
        int before = world.messages(id).size();
        attached.failNextAdd();

        assertThatThrownBy(() -> post(world.visitorOf(claire), "screen.png", null, PNG))
                .isInstanceOf(DependencyUnavailableException.class);

        assertThat(attached.storedContents()).isZero();
        // the in-memory store has no transactions: the message is stored by the conversation's save,
        // which a real database rolls back with the attachment (JpaAttachmentsTest)
        assertThat(world.messages(id).size()).isBetween(before, before + 1);
    }

    @Test
    void aClosedConversationTakesNoFile() {
        world.close(world.visitorOf(claire), id);

        assertThatThrownBy(() -> post(world.visitorOf(claire), "screen.png", null, PNG))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(attached.storedContents()).isZero();
    }

    @Test
    void anotherVisitorMayNeitherPostNorRead() {
        StartedConversation other = world.start(visitor("Dave"));
        Attachment attachment =
                post(world.visitorOf(claire), "screen.png", null, PNG).attachment();

        assertThatThrownBy(() -> post(world.visitorOf(other), "x.png", null, PNG))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.chat.attachments().open(world.visitorOf(other), attachment.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasureReplacesTheBytesAndKeepsTheAttachmentListed() throws IOException {
        Attachment attachment =
                post(world.visitorOf(claire), "screen.png", null, PNG).attachment();
        Operator manager = world.add(operator("m1", "Mia").role(Role.LIVECHAT_MANAGER));

        assertThatThrownBy(() -> world.chat.attachments().erase(as(ana), attachment.id()))
                .isInstanceOf(AccessDeniedException.class);
        world.chat.attachments().erase(as(manager), attachment.id());

        try (AttachmentContent read = world.chat.attachments().open(as(ana), attachment.id())) {
            assertThat(new String(read.bytes().readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("[erased]");
            assertThat(read.attachment().type()).isEqualTo(ContentType.TEXT);
            assertThat(read.attachment().size()).isEqualTo(8);
            assertThat(read.attachment().name()).isEqualTo(attachment.name());
        }
    }

    @Test
    void theSweeperDeletesOnlyOldBytesNoAttachmentNames() {
        Attachment kept = post(world.visitorOf(claire), "screen.png", null, PNG).attachment();
        attached.put(AttachmentId.random(), new ByteArrayInputStream(PNG));
        clock.advance(Duration.ofHours(2));
        attached.put(AttachmentId.random(), new ByteArrayInputStream(PNG));

        int swept = world.chat.attachments().sweepOrphans(clock.instant().minus(Duration.ofHours(1)), 100);

        assertThat(swept).isEqualTo(1);
        assertThat(attached.storedContents()).isEqualTo(2);
        assertThat(attached.open(kept.id())).isPresent();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
