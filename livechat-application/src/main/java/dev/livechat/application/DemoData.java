package dev.livechat.application;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.contact.WebLink;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.in.StartConversationCommand.VisitorDetails;
import dev.livechat.domain.tag.TagName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --demo}: on an empty database, a channel, a manager, three operators with different
 * languages and expertise, two contacts with links and open tickets, and conversations in every
 * status and outcome. All of it goes through the use cases, so it obeys every rule.
 */
final class DemoData {
    /**
     * What to print: who can log in with which token, a conversation in progress to look at, and the
     * channel the demo site's widget talks to.
     */
    record Seeded(List<String> lines, ConversationId inProgress, ChannelId website) {}

    private final LiveChat chat;

    DemoData(LiveChat chat) {
        this.chat = chat;
    }

    /**
     * Seeds through the manager whose token is given (bootstrapped first when no manager exists).
     * Returns empty when the database already holds channels, or another manager exists.
     */
    Optional<Seeded> seedIfEmpty(String managerToken) {
        chat.users().bootstrapManager(managerToken);
        Optional<Caller> manager = chat.authenticate().authenticate(managerToken);
        if (manager.isEmpty() || !chat.channels().channels(manager.get()).isEmpty()) return Optional.empty();
        return Optional.of(seed(manager.get(), managerToken));
    }

    private Seeded seed(Caller manager, String managerToken) {
        Channel support = chat.channels().createChannel(manager, "Website support", SessionCap.byDefault());
        Channel afterHours = chat.channels().createChannel(manager, "After hours", SessionCap.of(3));
        List<String> lines = new ArrayList<>();
        lines.add("manager  admin  token " + managerToken);
        CreatedUser ana = operator(
                manager, "Ana Dupont", "ana@example.com", "fr-BE", Set.of("en"), "BE", Set.of("Billing"), support);
        CreatedUser bob = operator(
                manager, "Bob Miller", "bob@example.com", "en-US", Set.of(), "US", Set.of("Hardware"), support);
        CreatedUser carla = operator(
                manager,
                "Carla Weber",
                "carla@example.com",
                "de-DE",
                Set.of("en", "fr"),
                "DE",
                Set.of("Billing", "Hardware"),
                support);
        for (CreatedUser u : List.of(ana, bob, carla)) {
            chat.users().changePresence(Caller.user(u.user()), Presence.ONLINE);
            lines.add("operator " + u.user().name() + "  token " + u.token());
        }
        contacts(manager);

        // IN_PROGRESS: a known contact from the billing chatbot, in French: Ana gets it.
        ConversationId marie = start(
                support,
                "Marie Martin",
                "marie@example.com",
                "c-marie",
                "fr-BE",
                "BE",
                List.of(new ChatbotAnswer("What is your question about?", "An invoice")),
                Set.of("Billing"),
                "Bonjour, ma facture est en double.");
        say(ana, marie, "Bonjour Marie, je regarde cela tout de suite.");

        // WAITING_FOR_CUSTOMER: Bob asked a question and waits.
        ConversationId john = start(
                support,
                "John Smith",
                "john@example.com",
                "c-john",
                "en-US",
                "US",
                List.of(),
                Set.of("Hardware"),
                "My router keeps rebooting.");
        Caller johnsOperator = operatorOf(john, ana, bob, carla);
        say(johnsOperator, john, "Which model is it?");
        chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(johnsOperator, john, ConversationStatus.WAITING_FOR_CUSTOMER));

        // LOOKING_FOR_HELP: a guest whose operator asks colleagues with Hardware expertise.
        ConversationId guest = start(
                support, null, null, null, "de-DE", "DE", List.of(), Set.of("Hardware"), "Mein Drucker druckt nicht.");
        Caller guestsOperator = operatorOf(guest, ana, bob, carla);
        chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(guestsOperator, guest, ConversationStatus.LOOKING_FOR_HELP));

        // Closed SUCCESS, NO_ANSWER, ESCALATED and NO_ONE_AVAILABLE.
        ConversationId success = start(
                support, "Marie Martin", "marie@example.com", "c-marie", "fr-BE", "BE", List.of(), Set.of(), "Merci !");
        say(operatorOf(success, ana, bob, carla), success, "Avec plaisir, bonne journée.");
        chat.tags().addTag(new TagCommand(operatorOf(success, ana, bob, carla), success, TagName.of("Resolved")));
        close(operatorOf(success, ana, bob, carla), success);

        ConversationId noAnswer = start(support, null, null, null, "en", null, List.of(), Set.of(), null);
        close(Caller.visitor(noAnswer), noAnswer);

        ConversationId escalated = start(
                support,
                "John Smith",
                "john@example.com",
                "c-john",
                "en-US",
                "US",
                List.of(),
                Set.of("Billing"),
                "I was charged twice.");
        Caller first = operatorOf(escalated, ana, bob, carla);
        say(first, escalated, "Let me find a billing expert.");
        chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(first, escalated, ConversationStatus.LOOKING_FOR_HELP));
        Caller helper = first.equals(Caller.user(carla.user())) ? Caller.user(ana.user()) : Caller.user(carla.user());
        chat.join().join(new ConversationCommand(helper, escalated));
        chat.editNote().editNote(new EditNoteCommand(helper, escalated, "Refund of the duplicate charge approved."));
        close(helper, escalated);

        ConversationId nobody = start(afterHours, null, null, null, "en", null, List.of(), Set.of(), "Anyone there?");
        close(Caller.visitor(nobody), nobody);
        return new Seeded(lines, marie, support.id());
    }

    private CreatedUser operator(
            Caller manager,
            String name,
            String email,
            String language,
            Set<String> others,
            String country,
            Set<String> expertise,
            Channel channel) {
        return chat.users()
                .createUser(
                        manager,
                        new OperatorProfile(
                                name,
                                EmailAddress.of(email),
                                Role.LIVECHAT_USER,
                                LanguageTag.of(language),
                                others.stream().map(LanguageTag::of).collect(java.util.stream.Collectors.toSet()),
                                Optional.of(CountryCode.of(country)),
                                expertise.stream().map(ExpertiseName::of).collect(java.util.stream.Collectors.toSet()),
                                Set.of(channel.id())));
    }

    private void contacts(Caller manager) {
        chat.directory()
                .upsertContact(
                        manager,
                        new Contact(
                                ContactId.of("c-marie"),
                                "Marie Martin",
                                Optional.of(EmailAddress.of("marie@example.com")),
                                Optional.of("+32 2 555 01 01"),
                                List.of(
                                        link("Sales order S00042", "https://erp.example.com/sales/S00042"),
                                        link("Invoice INV/2026/0117", "https://erp.example.com/invoices/117"),
                                        link("Meeting 3 Dec 10:00", "https://erp.example.com/calendar/88"))));
        chat.directory()
                .upsertContact(
                        manager,
                        new Contact(
                                ContactId.of("c-john"),
                                "John Smith",
                                Optional.of(EmailAddress.of("john@example.com")),
                                Optional.empty(),
                                List.of(link("Sales order S00051", "https://erp.example.com/sales/S00051"))));
        ticket(manager, "t-1", "c-marie", "HD-101", "Duplicate invoice", TicketStatus.OPEN);
        ticket(manager, "t-2", "c-marie", "HD-102", "Change billing address", TicketStatus.OPEN);
        ticket(manager, "t-3", "c-john", "HD-103", "Router replacement", TicketStatus.OPEN);
        ticket(manager, "t-4", "c-john", "HD-090", "Password reset", TicketStatus.CLOSED);
    }

    private void ticket(
            Caller manager, String id, String contact, String reference, String title, TicketStatus status) {
        chat.directory()
                .upsertTicket(
                        manager,
                        new Ticket(
                                TicketId.of(id),
                                ContactId.of(contact),
                                reference,
                                title,
                                status,
                                WebLink.of("https://helpdesk.example.com/tickets/" + reference)));
    }

    private static ContactLink link(String label, String url) {
        return new ContactLink(label, WebLink.of(url));
    }

    private ConversationId start(
            Channel channel,
            String name,
            String email,
            String contact,
            String language,
            String country,
            List<ChatbotAnswer> answers,
            Set<String> expertise,
            String message) {
        return chat.start()
                .start(StartConversationCommand.in(channel.id())
                        .visitor(new VisitorDetails(
                                Optional.ofNullable(name),
                                Optional.ofNullable(email).map(EmailAddress::of),
                                Optional.of(java.time.ZoneId.of("Europe/Brussels")),
                                Optional.ofNullable(contact).map(ContactId::of),
                                Optional.ofNullable(contact)))
                        .language(LanguageTag.of(language))
                        .country(Optional.ofNullable(country).map(CountryCode::of))
                        .chatbot(
                                answers,
                                expertise.stream().map(ExpertiseName::of).collect(java.util.stream.Collectors.toSet()))
                        .firstMessage(Optional.ofNullable(message).map(MessageBody::of))
                        // seeded in process by the service itself: no website to sign the contact
                        .proof(VisitorProof.vouched())
                        .build())
                .conversation()
                .id();
    }

    /** The operator the assignment policy chose for the conversation. */
    private Caller operatorOf(ConversationId id, CreatedUser... candidates) {
        var state = chat.panel().panel(new ConversationCommand(Caller.user(candidates[0].user()), id));
        for (CreatedUser u : candidates)
            if (state.operators().stream().anyMatch(o -> o.id().equals(u.user().id()))) return Caller.user(u.user());
        throw new IllegalStateException("no demo operator took conversation " + id);
    }

    private void say(Caller operator, ConversationId id, String text) {
        chat.postOperatorMessage().postOperatorMessage(new PostMessageCommand(operator, id, MessageBody.of(text)));
    }

    private void say(CreatedUser operator, ConversationId id, String text) {
        say(operatorOf(id, operator), id, text);
    }

    private void close(Caller by, ConversationId id) {
        chat.close().close(new ConversationCommand(by, id));
    }
}
