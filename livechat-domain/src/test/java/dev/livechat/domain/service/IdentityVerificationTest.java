package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.channel.IdentitySecret;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.VisitorProof;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A stranger cannot claim to be a known contact (or a returning browser) without the website's HMAC. */
class IdentityVerificationTest {
    final World world = new World();
    final Operator max = world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER));
    final ContactId vip = ContactId.of("vip-1");

    VisitorProof contactHash(String hash) {
        return VisitorProof.hashes(Optional.ofNullable(hash), Optional.empty());
    }

    @Test
    void aContactIdWithoutAnIdentitySecretOnTheChannelIsRefused() {
        assertThatThrownBy(() -> world.start(visitor("Eve").contact(vip).proof(VisitorProof.none())))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("visitor.contactIdHash");
    }

    @Test
    void aContactIdNeedsTheHmacOfTheChannelsCurrentSecret() {
        IdentitySecret secret = world.chat.channels().rotateIdentitySecret(as(max), CHANNEL);

        assertThatThrownBy(() -> world.start(visitor("Eve").contact(vip).proof(contactHash(null))))
                .hasMessageContaining("visitor.contactIdHash: is required");
        assertThatThrownBy(() -> world.start(visitor("Eve").contact(vip).proof(contactHash("00".repeat(32)))))
                .hasMessageContaining("does not verify");
        var started = world.start(visitor("Vip").contact(vip).proof(contactHash(secret.hashOf("vip-1"))));
        assertThat(started.conversation().opening().visitor().contact()).contains(vip);

        world.chat.channels().rotateIdentitySecret(as(max), CHANNEL);
        assertThatThrownBy(() -> world.start(visitor("Eve").contact(vip).proof(contactHash(secret.hashOf("vip-1")))))
                .hasMessageContaining("does not verify");
    }

    @Test
    void aReturningVisitorsKeyNeedsItsHashToo() {
        IdentitySecret secret = world.chat.channels().rotateIdentitySecret(as(max), CHANNEL);

        assertThatThrownBy(() -> world.start(visitor("Eve").key("browser-1").proof(VisitorProof.none())))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("visitor.keyHash");
        var started = world.start(visitor("Bob")
                .key("browser-1")
                .proof(VisitorProof.hashes(
                        Optional.empty(), Optional.of(secret.hashOf("browser-1").toUpperCase()))));
        assertThat(started.conversation().opening().visitor().key()).contains("browser-1");
    }

    @Test
    void aGuestNeedsNoProof() {
        assertThat(world.start(visitor("Guest").proof(VisitorProof.none()))
                        .conversation()
                        .opening()
                        .visitor()
                        .contact())
                .isEmpty();
    }

    @Test
    void theSecretIsNeverPrintedAndOnlyAManagerRotatesIt() {
        IdentitySecret secret = world.chat.channels().rotateIdentitySecret(as(max), CHANNEL);
        assertThat(secret.toString()).doesNotContain(secret.value());
        Operator ana = world.add(operator("u1", "Ana"));
        assertThatThrownBy(() -> world.chat.channels().rotateIdentitySecret(as(ana), CHANNEL))
                .isInstanceOf(dev.livechat.domain.error.AccessDeniedException.class);
    }
}
