package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.contact.WebLink;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.ListConversationsCommand;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The panel, the lists and the candidates are read in a fixed number of SQL statements whatever the
 * size of the data (no N+1): counted with Hibernate's statistics, with a little data and then with
 * a lot more of everything.
 */
abstract class StatementCountContract {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final Visitor CUSTOMER =
            new Visitor("Claire", Optional.empty(), Optional.empty(), Optional.of(ContactId.of("x")), Optional.empty());

    final MutableClock clock = new MutableClock(T0.plusSeconds(3600));
    final Operator ana = operator("u0", "Ana").build();
    JpaStorage storage;
    LiveChat chat;

    /** A storage opened with statistics, on an empty database. */
    abstract JpaStorage openWithStatistics();

    @BeforeEach
    void open() {
        storage = openWithStatistics();
        chat = LiveChat.builder()
                .storage(storage.ports())
                .mailer((transcript, to) -> {})
                .clock(clock)
                .build();
        storage.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        storage.operators().save(ana);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void
            thePanelTakesFourStatementsInOneTransactionWithFewOrManyMessagesTagsParticipantsRecentConversationsAndTickets() {
        ConversationId id = ConversationId.of("current");
        Conversation current = start(id.value(), CUSTOMER, 0);
        current.postVisitorMessage(MessageBody.of("hello"), at(1));
        current.addTag(TagName.of("tag-0"), Actor.system(), at(1));
        save(current);
        closedEarlier("earlier-0");
        storage.contacts().upsert(contact(1));
        storage.tickets().upsert(ticket(0));
        // written to storage behind the use cases' back, as another instance would: say so, then read
        Supplier<Panel> panel = () -> {
            chat.changedElsewhere();
            return chat.panel().panel(new ConversationCommand(Caller.user(ana), id));
        };
        panel.get(); // the channel is read once, then served from memory

        long transactionsBefore = storage.database().transactions();
        long few = statements(panel);
        assertThat(storage.database().transactions() - transactionsBefore).isEqualTo(1);
        assertThat(panel.get().background().recentConversations()).hasSize(1);

        Conversation grown = storage.conversations().require(id);
        for (int i = 1; i <= 12; i++) {
            Operator next = operator("u" + i, "Operator " + i).build();
            storage.operators().save(next);
            grown.transfer(operatorOf(grown), next, i % 2 == 0, at(2));
        }
        for (int i = 0; i < 150; i++) grown.postVisitorMessage(MessageBody.of("message " + i), at(3));
        for (int i = 1; i < 25; i++) grown.addTag(TagName.of("tag-" + i), Actor.system(), at(3));
        save(grown);
        for (int i = 1; i < 20; i++) closedEarlier("earlier-" + i);
        for (int i = 1; i < 25; i++) storage.tickets().upsert(ticket(i));
        storage.contacts().upsert(contact(50));

        long many = statements(panel);
        Panel read = panel.get();
        assertThat(read.background().recentConversations()).hasSize(5);
        assertThat(read.annotations().sortedTags()).hasSize(25);
        assertThat(read.operators()).hasSizeGreaterThan(5);
        assertThat(read.background().openTickets()).hasSize(10);
        assertThat(read.background().contact().orElseThrow().links()).hasSize(50);
        assertThat(many).isEqualTo(few).isEqualTo(4);
    }

    @Test
    void aPanelReadAgainTakesNoStatementUntilAWriteOfThisProcessChangesIt() {
        ConversationId id = Guests.start(chat, "Claire", "Hello");
        Supplier<Panel> panel = () -> chat.panel().panel(new ConversationCommand(Caller.user(ana), id));
        assertThat(statements(panel)).isBetween(1L, 4L); // a guest: no contact, tickets nor recent ones to read
        long transactionsBefore = storage.database().transactions();

        assertThat(statements(panel)).isZero();
        assertThat(storage.database().transactions()).isEqualTo(transactionsBefore);

        chat.tags().addTag(new TagCommand(Caller.user(ana), id, TagName.of("vip")));
        long afterWrite = statements(panel);
        assertThat(panel.get().annotations().sortedTags()).containsExactly(TagName.of("vip"));
        assertThat(afterWrite).isPositive().isLessThanOrEqualTo(4);
    }

    @Test
    void theHelpQueueTakesOneStatementThenNoneUntilAConversationMovesInOrOut() {
        ConversationId id = Guests.start(chat, "Claire", "Hello");
        Supplier<List<ConversationSummary>> queue = () -> chat.list()
                .list(new ListConversationsCommand(
                        Caller.user(ana),
                        Optional.of(ConversationStatus.LOOKING_FOR_HELP),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        100));
        assertThat(statements(queue)).isEqualTo(1);
        assertThat(statements(queue)).isZero();

        chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(Caller.user(ana), id, ConversationStatus.LOOKING_FOR_HELP));
        long afterWrite = statements(queue);
        assertThat(queue.get()).extracting(ConversationSummary::id).containsExactly(id);
        assertThat(afterWrite).isEqualTo(1);
    }

    @Test
    void aMessagePostIsOneTransactionOfFiveStatementsHoweverLongTheConversation() {
        ConversationId id = Guests.start(chat, "Claire", "Hello");
        Supplier<?> post = () -> chat.postOperatorMessage()
                .postOperatorMessage(new dev.livechat.domain.port.in.PostMessageCommand(
                        Caller.user(ana), id, MessageBody.of("How can I help?")));

        long transactionsBefore = storage.database().transactions();
        long first = statements(post);
        assertThat(storage.database().transactions() - transactionsBefore).isEqualTo(1);
        for (int i = 0; i < 100; i++) post.get();
        long later = statements(post);

        // lock and read the row, take the event position, insert the message, update what changed, insert the event
        assertThat(later).isEqualTo(first).isEqualTo(5);
        // what changed is in the narrow activity row: the wide one, with its JSON, is not written again
        assertThat(storage.database().recentJdbcStatements())
                .anyMatch(sql -> sql.startsWith("update conversation_activity "))
                .noneMatch(sql -> sql.startsWith("update conversations "));
    }

    @Test
    void theWritesAUnitTookTogetherForAConversationGoInOneStatementATableHoweverMany() {
        Conversation one = start("one-post", CUSTOMER, 1);
        Conversation twenty = start("twenty-posts", CUSTOMER, 2);
        one.postVisitorMessage(MessageBody.of("hello"), at(3));
        for (int i = 0; i < 20; i++) twenty.postVisitorMessage(MessageBody.of("message " + i), at(3));

        long forOne = statements(() -> storage.conversations().save(one, one.pullEvents()));
        long forTwenty = statements(() -> storage.conversations().save(twenty, twenty.pullEvents()));

        // each table's rows in one batch: a round trip a table on PostgreSQL, not one a row
        assertThat(forTwenty).isEqualTo(forOne);
        assertThat(storage.conversations().messagesAfter(twenty.id(), 0, 100))
                .extracting(m -> m.body().value())
                .contains("message 0", "message 19");
    }

    @Test
    void withWebhooksButNoneSubscribedAMessagePostTakesNoStatementMoreAndASubscriptionHereIsSeenAtOnce() {
        var hooks = storage.webhooks();
        var webhooks = new dev.livechat.domain.Webhooks(
                hooks,
                hooks,
                hooks,
                new NoSender(),
                new dev.livechat.domain.webhook.WebhookRetry(
                        java.time.Duration.ofSeconds(10),
                        java.time.Duration.ofHours(1),
                        java.time.Duration.ofHours(24)),
                clock);
        chat = LiveChat.builder()
                .storage(webhooks.enqueuingOn(storage.ports()))
                .mailer((transcript, to) -> {})
                .clock(clock)
                .build();
        ConversationId id = Guests.start(chat, "Claire", "Hello");
        Supplier<?> post = () -> chat.postOperatorMessage()
                .postOperatorMessage(new dev.livechat.domain.port.in.PostMessageCommand(
                        Caller.user(ana), id, MessageBody.of("How can I help?")));
        post.get();

        // the five of a post without webhooks: no SELECT of the subscriptions
        assertThat(statements(post)).isEqualTo(5);

        var subscriber = new dev.livechat.domain.webhook.Webhook(
                dev.livechat.domain.webhook.WebhookId.random(),
                dev.livechat.domain.webhook.WebhookUrl.of("https://hooks.example.com/x", false),
                Set.of(dev.livechat.domain.webhook.WebhookEventName.of("message.posted")),
                new dev.livechat.domain.webhook.WebhookSecret("a-secret-of-enough-length"),
                T0);
        hooks.add(subscriber);
        assertThat(statements(post))
                .as("the subscriptions read again, then the delivery inserted")
                .isEqualTo(7);
        assertThat(statements(post)).as("the delivery inserted").isEqualTo(6);
        assertThat(hooks.deliveriesOf(subscriber.id(), 10)).hasSize(2);

        hooks.remove(subscriber.id());
        post.get();
        assertThat(statements(post)).isEqualTo(5);
    }

    /** Sends nothing: these tests only enqueue. */
    private static final class NoSender implements dev.livechat.domain.port.out.WebhookSender {
        @Override
        public void checkTarget(dev.livechat.domain.webhook.WebhookUrl url) {}

        @Override
        public boolean allowsHttp() {
            return false;
        }

        @Override
        public dev.livechat.domain.webhook.SendResult send(dev.livechat.domain.webhook.WebhookRequest request) {
            throw new UnsupportedOperationException("not in a statement count");
        }
    }

    @Test
    void aListTakesOneStatementWhateverTheNumberOfConversationsOperatorsAndExpertise() {
        start("k0", CUSTOMER, 0);
        Supplier<?> list = () -> chat.list()
                .list(new ListConversationsCommand(
                        Caller.user(ana),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        500));
        long few = statements(list);

        for (int i = 1; i < 60; i++) {
            Conversation c = Conversation.start(
                    opening("k" + i, CUSTOMER, Set.of("Billing", "Hardware", "x" + i)),
                    assigned(ana),
                    Optional.of(ana),
                    at(i));
            Operator other = operator("v" + i, "Other " + i).build();
            c.transfer(ana, other, false, at(i));
            save(c);
        }

        long many = statements(list);
        assertThat(chat.list()
                        .list(new ListConversationsCommand(
                                Caller.user(ana),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                500)))
                .hasSize(60);
        assertThat(many).isEqualTo(few).isEqualTo(1);
    }

    @Test
    void candidatesTakeOneStatementWhateverTheNumberOfMembersAndSessions() {
        start("k0", CUSTOMER, 0);
        Supplier<?> candidates = () -> storage.operators().candidates(CHANNEL);
        long few = statements(candidates);

        for (int i = 1; i < 40; i++) {
            Operator member = operator("m" + i, "Member " + i).build();
            storage.operators().save(member);
            Conversation c = Conversation.start(
                    opening("s" + i, CUSTOMER, Set.of()), assigned(member), Optional.of(member), at(i));
            save(c);
        }

        long many = statements(candidates);
        assertThat(storage.operators().candidates(CHANNEL).toList())
                .hasSize(40)
                .allSatisfy(c -> assertThat(c.ongoingSessions()).isEqualTo(1));
        assertThat(many).isEqualTo(few).isEqualTo(1);
    }

    private long statements(Supplier<?> read) {
        long before = storage.database().preparedStatements();
        read.get();
        return storage.database().preparedStatements() - before;
    }

    private Conversation start(String id, Visitor visitor, int minute) {
        Conversation c = Conversation.start(
                new Opening(
                        ConversationId.of(id),
                        CHANNEL,
                        visitor,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(new ChatbotAnswer("Why?", "Because")),
                        Set.of(ExpertiseName.of("Billing"))),
                assigned(ana),
                Optional.of(ana),
                at(minute));
        save(c);
        return c;
    }

    private void closedEarlier(String id) {
        Conversation c = Conversation.start(
                opening(id, CUSTOMER, Set.of()), Assignment.noOneAvailable(List.of()), Optional.empty(), at(-30));
        c.close(Actor.system(), CloseCause.VISITOR_LEFT, new DefaultOutcomePolicy(), at(-20));
        save(c);
    }

    private Operator operatorOf(Conversation conversation) {
        return storage.operators()
                .require(conversation.state().participants().present().get(0).id());
    }

    private void save(Conversation conversation) {
        storage.conversations().save(conversation, conversation.pullEvents());
    }

    private static Opening opening(String id, Visitor visitor, Set<String> expertise) {
        return new Opening(
                ConversationId.of(id),
                CHANNEL,
                visitor,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                expertise.stream().map(ExpertiseName::of).collect(Collectors.toSet()));
    }

    private static Assignment assigned(Operator operator) {
        return new Assignment(Optional.of(operator.id()), AssignmentRule.EVERYONE, List.of("chosen"));
    }

    private static Contact contact(int links) {
        return new Contact(
                ContactId.of("x"),
                "Claire",
                Optional.of(EmailAddress.of("claire@example.com")),
                Optional.empty(),
                IntStream.range(0, links)
                        .mapToObj(i -> new ContactLink("Order " + i, WebLink.of("https://erp.example.com/" + i)))
                        .toList());
    }

    private static Ticket ticket(int i) {
        return new Ticket(
                TicketId.of("t" + i),
                ContactId.of("x"),
                "T" + i,
                "Ticket " + i,
                TicketStatus.OPEN,
                WebLink.of("https://helpdesk.example.com/" + i));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
