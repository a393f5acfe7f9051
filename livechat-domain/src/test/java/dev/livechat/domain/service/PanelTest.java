package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.contact.WebLink;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.panel.OperatorRef;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.RecentConversation;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.tag.TagName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "The information panel": one read gives all of it. */
class PanelTest {
    static final ContactId CLAIRE = ContactId.of("contact-claire");

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator max =
            world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER).memberOf());

    Panel panel(Operator reader, ConversationId id) {
        return world.chat.panel().panel(new ConversationCommand(as(reader), id));
    }

    void claireIsAKnownContactWithTickets(int open, int closed) {
        world.chat
                .directory()
                .upsertContact(
                        as(max),
                        new Contact(
                                CLAIRE,
                                "Claire Dubois",
                                Optional.of(EmailAddress.of("claire@example.be")),
                                Optional.of("+32 2 555 01 01"),
                                List.of(
                                        link("Sales order S00042", "https://erp.example.com/sales/42"),
                                        link("Invoice INV/2025/0042", "https://erp.example.com/invoices/42"),
                                        link("Meeting 3 June", "https://erp.example.com/calendar/7"))));
        for (int i = 1; i <= open + closed; i++)
            world.chat
                    .directory()
                    .upsertTicket(
                            as(max),
                            new Ticket(
                                    TicketId.of("t" + i),
                                    CLAIRE,
                                    "HD-" + i,
                                    "Ticket " + i,
                                    i <= open ? TicketStatus.OPEN : TicketStatus.CLOSED,
                                    WebLink.of("https://helpdesk.example.com/" + i)));
    }

    static ContactLink link(String label, String url) {
        return new ContactLink(label, WebLink.of(url));
    }

    @Nested
    class ForAKnownContact {
        @Test
        void showsTheContactCardOpenTicketsAndPresetsTheTranscriptAddress() {
            claireIsAKnownContactWithTickets(12, 3);
            ConversationId id = world.start(visitor("Claire").contact(CLAIRE))
                    .conversation()
                    .id();

            Panel panel = panel(ana, id);

            assertThat(panel.background().contact()).hasValueSatisfying(card -> {
                assertThat(card.name()).isEqualTo("Claire Dubois");
                assertThat(card.phone()).contains("+32 2 555 01 01");
                assertThat(card.links())
                        .extracting(ContactLink::label)
                        .containsExactly("Sales order S00042", "Invoice INV/2025/0042", "Meeting 3 June");
            });
            assertThat(panel.background().openTickets()).hasSize(10).allMatch(t -> t.status() == TicketStatus.OPEN);
            assertThat(panel.background().transcriptEmail()).contains(EmailAddress.of("claire@example.be"));
        }

        @Test
        void listsTheLastFiveOfTheLastSevenDaysOngoingFirstThenNewestFirst() {
            claireIsAKnownContactWithTickets(0, 0);
            Instant now = world.clock.instant();
            List<ConversationId> earlier = new ArrayList<>();
            // ten days ago: outside the window
            ConversationId tooOld = closedConversationAt(now.minus(Duration.ofDays(10)));
            // six days ago, and still going on
            world.clock.set(now.minus(Duration.ofDays(6)));
            ConversationId ongoing = world.start(visitor("Claire").contact(CLAIRE))
                    .conversation()
                    .id();
            // one closed conversation a day, five days ago to one day ago
            for (int daysAgo = 5; daysAgo >= 1; daysAgo--)
                earlier.add(closedConversationAt(now.minus(Duration.ofDays(daysAgo))));
            world.clock.set(now);
            ConversationId current = world.start(visitor("Claire").contact(CLAIRE))
                    .conversation()
                    .id();

            List<RecentConversation> recent = panel(ana, current).background().recentConversations();

            assertThat(recent)
                    .extracting(RecentConversation::id)
                    .containsExactly(ongoing, earlier.get(4), earlier.get(3), earlier.get(2), earlier.get(1))
                    .doesNotContain(current, tooOld, earlier.get(0));
            assertThat(recent.get(0).ongoing()).isTrue();
            assertThat(recent.get(0).outcome()).isEmpty();
            assertThat(recent.get(1).outcome()).contains(Outcome.NO_ANSWER);
            assertThat(recent.get(1).closedAt()).isPresent();
        }

        private ConversationId closedConversationAt(Instant at) {
            world.clock.set(at);
            StartedConversation started = world.start(visitor("Claire").contact(CLAIRE));
            world.clock.set(at.plus(Duration.ofMinutes(5)));
            world.close(world.visitorOf(started), started.conversation().id());
            return started.conversation().id();
        }
    }

    @Nested
    class ForAGuest {
        @Test
        void showsTheVisitorsNameAndEmailAndPresetsTheTranscriptAddress() {
            ConversationId id = world.start(visitor("Visitor #42").email("guest@example.org"))
                    .conversation()
                    .id();

            Panel panel = panel(ana, id);

            assertThat(panel.background().contact()).isEmpty();
            assertThat(panel.opening().visitor().name()).isEqualTo("Visitor #42");
            assertThat(panel.background().transcriptEmail()).contains(EmailAddress.of("guest@example.org"));
            assertThat(panel.background().openTickets()).isEmpty();
            assertThat(panel.background().recentConversations()).isEmpty();
        }

        @Test
        void hasNoTranscriptAddressWhenTheGuestGaveNone() {
            ConversationId id =
                    world.start(visitor("Visitor #43")).conversation().id();

            assertThat(panel(ana, id).background().transcriptEmail()).isEmpty();
        }
    }

    @Test
    void showsStatusNotesTagsChatbotAnswersExpertiseCountryLanguageOperatorsAndChannel() {
        ConversationId id = world.start(visitor("Claire")
                        .language("fr-BE")
                        .country("BE")
                        .answered("What is it about?", "An invoice")
                        .answered("Which one?", "The last one")
                        .expertise("Billing"))
                .conversation()
                .id();
        world.laterMinutes(2);
        Instant waitingSince = world.status(ana, id, ConversationStatus.WAITING_FOR_CUSTOMER)
                .lifecycle()
                .since();
        world.chat.editNote().editNote(new EditNoteCommand(as(ana), id, "Wants a refund"));
        world.chat.tags().addTag(new TagCommand(as(ana), id, TagName.of("Refund")));

        Panel panel = panel(max, id);

        assertThat(panel.lifecycle().status()).contains(ConversationStatus.WAITING_FOR_CUSTOMER);
        assertThat(panel.lifecycle().since()).isEqualTo(waitingSince);
        assertThat(panel.lifecycle().outcome()).isEmpty();
        assertThat(panel.annotations().note()).hasValueSatisfying(note -> {
            assertThat(note.text()).isEqualTo("Wants a refund");
            assertThat(note.editorName()).isEqualTo("Ana");
            assertThat(note.editedAt()).isEqualTo(world.clock.instant());
        });
        assertThat(panel.annotations().sortedTags()).containsExactly(TagName.of("Refund"));
        assertThat(panel.opening().chatbotAnswers())
                .extracting(a -> a.answer())
                .containsExactly("An invoice", "The last one");
        assertThat(panel.annotations().sortedExpertise())
                .extracting(Object::toString)
                .containsExactly("Billing");
        assertThat(panel.opening().country().map(Object::toString)).contains("BE");
        assertThat(panel.opening().language().map(Object::toString)).contains("fr-BE");
        assertThat(panel.operators()).containsExactly(new OperatorRef(ana.id(), "Ana"));
        assertThat(panel.channel().name()).isEqualTo("Website support");
        assertThat(panel.assignment().trace()).isNotEmpty();
    }

    @Test
    void aClosedConversationShowsItsOutcomeAndSinceWhen() {
        StartedConversation started = world.start(visitor("Claire"));
        ConversationId id = started.conversation().id();
        world.laterMinutes(3);
        Instant closedAt =
                world.close(world.visitorOf(started), id).lifecycle().closedAt().orElseThrow();

        Panel panel = panel(ana, id);

        assertThat(panel.lifecycle().status()).isEmpty();
        assertThat(panel.lifecycle().outcome()).contains(Outcome.NO_ANSWER);
        assertThat(panel.lifecycle().closedAt()).contains(closedAt);
        assertThat(panel.lifecycle().since()).isEqualTo(closedAt);
    }
}
