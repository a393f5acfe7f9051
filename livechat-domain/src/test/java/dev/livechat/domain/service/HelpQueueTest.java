package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.port.in.ListConversationsCommand;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/product-rules.md "Status" rule 4 and "Expertise": the Looking for help queue is everyone's, across
 * channels, oldest request first, with the star where the expertise overlaps the viewer's.
 */
class HelpQueueTest {
    static final ChannelId SHOP = ChannelId.of("shop");

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator sam = world.add(operator("u2", "Sam").memberOf(SHOP));
    /** In no channel at all, but with the Billing expertise. */
    final Operator bea =
            world.add(operator("u3", "Béa").memberOf().expertise("billing").presence(Presence.OFFLINE));

    ConversationId billingInShop;
    ConversationId hardwareInSupport;
    ConversationId billingInSupport;
    ConversationId quietInSupport;

    @BeforeEach
    void threeConversationsAskForHelpInTwoChannelsAndOneDoesNot() {
        world.channel(SHOP, "Shop", SessionCap.byDefault());
        billingInShop = world.start(visitor("Shopper").in(SHOP).expertise("Billing"))
                .conversation()
                .id();
        hardwareInSupport =
                world.start(visitor("Hal").expertise("Hardware")).conversation().id();
        billingInSupport = world.start(visitor("Bill").expertise("Billing", "Refunds"))
                .conversation()
                .id();
        quietInSupport = world.start(visitor("Quiet")).conversation().id();

        world.laterMinutes(1);
        world.status(ana, hardwareInSupport, ConversationStatus.LOOKING_FOR_HELP);
        world.laterMinutes(1);
        world.status(sam, billingInShop, ConversationStatus.LOOKING_FOR_HELP);
        world.laterMinutes(1);
        world.status(ana, billingInSupport, ConversationStatus.LOOKING_FOR_HELP);
    }

    List<ConversationSummary> list(Operator viewer, Optional<ConversationStatus> status, Optional<ChannelId> channel) {
        return world.chat
                .list()
                .list(new ListConversationsCommand(
                        as(viewer), status, channel, Optional.empty(), Optional.empty(), Optional.empty(), 50));
    }

    List<ConversationSummary> helpQueue(Operator viewer) {
        return list(viewer, Optional.of(ConversationStatus.LOOKING_FOR_HELP), Optional.empty());
    }

    @Test
    void listsEveryChannelsRequestsOldestFirstForAnyLiveChatUser() {
        for (Operator viewer : List.of(ana, sam, bea))
            assertThat(helpQueue(viewer))
                    .extracting(ConversationSummary::id)
                    .containsExactly(hardwareInSupport, billingInShop, billingInSupport);
    }

    @Test
    void starsTheConversationsWhoseExpertiseOverlapsTheViewers() {
        assertThat(helpQueue(bea))
                .extracting(ConversationSummary::visitorName, ConversationSummary::matchesMyExpertise)
                .containsExactly(tuple("Hal", false), tuple("Shopper", true), tuple("Bill", true));
        assertThat(helpQueue(ana)).noneMatch(ConversationSummary::matchesMyExpertise);
    }

    @Test
    void aJoinTakesTheConversationOutOfTheQueueAndBackUnderItsChannel() {
        world.join(bea, billingInShop);

        assertThat(helpQueue(ana))
                .extracting(ConversationSummary::id)
                .containsExactly(hardwareInSupport, billingInSupport);
        assertThat(list(sam, Optional.of(ConversationStatus.IN_PROGRESS), Optional.of(SHOP)))
                .extracting(ConversationSummary::id)
                .containsExactly(billingInShop);
        assertThat(world.historyTypes(billingInShop)).containsSubsequence("conversation.joined", "help-queue.changed");
    }

    @Test
    void channelListsShowOnlyTheViewersChannelsWithoutThoseLookingForHelp() {
        // SPEC "Status" rule 4: looking for help, a conversation leaves its channel's list
        assertThat(list(sam, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(list(ana, Optional.empty(), Optional.empty()))
                .extracting(ConversationSummary::id)
                .containsExactly(quietInSupport);
        world.join(bea, billingInShop);
        assertThat(list(sam, Optional.empty(), Optional.empty()))
                .extracting(ConversationSummary::id)
                .containsExactly(billingInShop);
        assertThatThrownBy(() -> list(sam, Optional.empty(), Optional.of(CHANNEL)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not a member");
    }

    @Test
    void aManagerSeesEveryChannel() {
        Operator max =
                world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER).memberOf());

        assertThat(list(max, Optional.empty(), Optional.empty())).hasSize(1);
        assertThat(list(max, Optional.of(ConversationStatus.LOOKING_FOR_HELP), Optional.empty()))
                .hasSize(3);
    }
}
