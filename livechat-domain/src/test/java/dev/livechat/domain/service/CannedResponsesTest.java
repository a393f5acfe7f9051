package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.canned.Template;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.PostCannedResponseCommand;
import dev.livechat.domain.port.in.StartedConversation;
import org.junit.jupiter.api.Test;

class CannedResponsesTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator bob = world.add(operator("u2", "Bob").presence(Presence.OFFLINE));
    final Operator boss =
            world.add(operator("m1", "Maud").role(Role.LIVECHAT_MANAGER).presence(Presence.OFFLINE));
    final StartedConversation started = world.start(visitor("Claire"));
    final ConversationId id = started.conversation().id();

    Message post(Operator by, String shortcut) {
        return world.chat
                .postCannedResponse()
                .postCannedResponse(new PostCannedResponseCommand(as(by), id, Shortcut.of(shortcut)));
    }

    @Test
    void managersWriteLiveChatUsersLookUpByPrefixWithoutCase() {
        world.chat.cannedResponses().putCannedResponse(as(boss), CannedResponse.of("Refund", "Refunds take 5 days."));
        world.chat.cannedResponses().putCannedResponse(as(boss), CannedResponse.of("refund-eu", "EU: 14 days."));
        world.chat.cannedResponses().putCannedResponse(as(boss), CannedResponse.of("hello", "Hi!"));

        assertThat(world.chat.cannedResponses().cannedResponses(as(bob), "REF"))
                .extracting(r -> r.shortcut().value())
                .containsExactly("Refund", "refund-eu");
        assertThatThrownBy(() -> world.chat.cannedResponses().putCannedResponse(as(ana), CannedResponse.of("x", "y")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.chat.cannedResponses().cannedResponses(world.visitorOf(started), ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void postingExpandsThePlaceholdersForThisConversation() {
        world.chat
                .cannedResponses()
                .putCannedResponse(
                        as(boss), CannedResponse.of("hello", "Hi {visitor.name}, {operator.name} of {channel.name}."));

        Message posted = post(ana, "HELLO");

        assertThat(posted.authorKind()).isEqualTo(AuthorKind.OPERATOR);
        assertThat(posted.body().value()).isEqualTo("Hi Claire, Ana of Website support.");
        assertThat(world.messages(id)).last().isEqualTo(posted);
    }

    @Test
    void anUnknownShortcutIsNotFoundAndAnOperatorNotTakingPartMayNotPost() {
        world.chat.cannedResponses().putCannedResponse(as(boss), CannedResponse.of("hello", "Hi"));
        long before = world.stored(id).messages().lastSeq();

        assertThatThrownBy(() -> post(ana, "nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> post(bob, "hello")).isInstanceOf(AccessDeniedException.class);
        assertThat(world.stored(id).messages().lastSeq()).isEqualTo(before);
    }

    @Test
    void aStoredTemplateWithAnUnknownPlaceholderIsRefusedNamingCannedResponse() {
        // written around the use case's check, as an embedder's own store might hold it
        world.store.cannedResponses().put(new CannedResponse(Shortcut.of("old"), Template.stored("Hi {visitor.nick}")));
        long before = world.stored(id).messages().lastSeq();

        assertThatThrownBy(() -> post(ana, "old"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cannedResponse"))
                .hasMessageContaining("{visitor.nick}");
        assertThat(world.stored(id).messages().lastSeq()).isEqualTo(before);
    }

    @Test
    void deletingRemovesAndAnUnknownOneIsNotFound() {
        world.chat.cannedResponses().putCannedResponse(as(boss), CannedResponse.of("hello", "Hi"));
        world.chat.cannedResponses().removeCannedResponse(as(boss), Shortcut.of("Hello"));

        assertThat(world.chat.cannedResponses().cannedResponses(as(ana), "")).isEmpty();
        assertThatThrownBy(() -> world.chat.cannedResponses().removeCannedResponse(as(boss), Shortcut.of("hello")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.chat.cannedResponses().removeCannedResponse(as(ana), Shortcut.of("hello")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
