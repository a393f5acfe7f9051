package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.SetExpertiseCommand;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The panel's Tags and Expertise fields, through the use cases. */
class TagsAndExpertiseTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    /** Any live chat user may tag, taking part or not. */
    final Operator bob = world.add(operator("u2", "Bob").presence(Presence.OFFLINE));

    final ConversationId id = world.start(visitor("Claire")).conversation().id();

    TagCommand tag(Operator by, String name) {
        return new TagCommand(as(by), id, TagName.of(name));
    }

    @Nested
    class Tags {
        @Test
        void anExistingTagIsAddedWhateverTheCaseAndKeepsItsSpelling() {
            Tag existing = world.store.catalogue().findOrCreate(TagName.of("Billing"));

            var after = world.chat.tags().addTag(tag(bob, "  billing "));

            assertThat(after.annotations().tags()).containsExactly(existing.name());
            assertThat(world.store.catalogue().byPrefix("", 100))
                    .extracting(t -> t.name().value())
                    .containsExactly("Billing");
            assertThat(world.historyTypes(id)).last().isEqualTo("tags.changed");
        }

        @Test
        void aNewNameCreatesTheTagWithTheDefaultColour() {
            world.chat.tags().addTag(tag(ana, "Refund"));

            assertThat(world.store.catalogue().find(TagName.of("refund")))
                    .hasValueSatisfying(t -> assertThat(t.colour()).isEqualTo(Tag.DEFAULT_COLOUR));
            assertThat(world.stored(id).annotations().tags()).containsExactly(TagName.of("Refund"));
        }

        @Test
        void severalTagsMayBeAddedAndOneRemoved() {
            world.chat.tags().addTag(tag(ana, "Refund"));
            world.chat.tags().addTag(tag(ana, "Urgent"));
            world.chat.tags().addTag(tag(ana, "VIP"));

            var after = world.chat.tags().removeTag(tag(bob, "URGENT"));

            assertThat(after.annotations().tags()).containsExactlyInAnyOrder(TagName.of("Refund"), TagName.of("VIP"));
            assertThat(world.store.catalogue().find(TagName.of("Urgent")))
                    .as("the catalogue keeps it")
                    .isPresent();
        }

        @Test
        void addingATagItAlreadyHasRecordsNothing() {
            world.chat.tags().addTag(tag(ana, "Refund"));
            int events = world.history(id).size();

            world.chat.tags().addTag(tag(ana, "refund"));

            assertThat(world.history(id)).hasSize(events);
        }

        @Test
        void stayEditableOnAClosedConversation() {
            world.close(as(ana), id);

            world.chat.tags().addTag(tag(bob, "Refund"));

            assertThat(world.stored(id).annotations().tags()).containsExactly(TagName.of("Refund"));
        }

        @Test
        void anUnknownConversationCreatesNoTag() {
            assertThatThrownBy(() -> world.chat
                            .tags()
                            .addTag(new TagCommand(as(ana), ConversationId.of("nope"), TagName.of("Ghost"))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(world.store.catalogue().find(TagName.of("Ghost"))).isEmpty();
        }

        @Test
        void areLookedUpByPrefixAtMostFifteen() {
            IntStream.rangeClosed(1, 20)
                    .forEach(i -> world.store.catalogue().findOrCreate(TagName.of("Topic %02d".formatted(i))));
            world.store.catalogue().findOrCreate(TagName.of("Other"));

            assertThat(world.chat.tags().findTags(as(ana), "topic"))
                    .hasSize(15)
                    .allMatch(t -> t.name().value().startsWith("Topic"));
            assertThat(world.chat.tags().findTags(as(ana), " oth"))
                    .extracting(t -> t.name().value())
                    .containsExactly("Other");
        }

        @Test
        void needLiveChatAccess() {
            Operator uma = world.add(operator("u8", "Uma").role(Role.USER));

            assertThatThrownBy(() -> world.chat.tags().addTag(tag(uma, "Refund")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> world.chat.tags().findTags(as(uma), "")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Expertise {
        @Test
        void settingItCreatesTheNamesTheCatalogueLacks() {
            world.store.catalogue().ensure(Set.of(ExpertiseName.of("Billing")));

            var after = world.chat
                    .setExpertise()
                    .setExpertise(new SetExpertiseCommand(
                            as(bob), id, Set.of(ExpertiseName.of("billing"), ExpertiseName.of("Hardware"))));

            assertThat(after.annotations().expertise())
                    .containsExactlyInAnyOrder(ExpertiseName.of("Billing"), ExpertiseName.of("Hardware"));
            assertThat(world.store.catalogue().allExpertise())
                    .extracting(ExpertiseName::value)
                    .containsExactly("Billing", "Hardware");
            assertThat(world.historyTypes(id)).last().isEqualTo("expertise.changed");
        }

        @Test
        void canBeClearedAndStaysEditableOnAClosedConversation() {
            world.close(as(ana), id);

            world.chat
                    .setExpertise()
                    .setExpertise(new SetExpertiseCommand(as(ana), id, Set.of(ExpertiseName.of("Hardware"))));
            var after = world.chat.setExpertise().setExpertise(new SetExpertiseCommand(as(ana), id, Set.of()));

            assertThat(after.annotations().expertise()).isEmpty();
        }
    }
}
