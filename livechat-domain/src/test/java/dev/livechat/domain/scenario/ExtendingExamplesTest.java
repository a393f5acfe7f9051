package dev.livechat.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.AssignmentRequest;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.assignment.DefaultAssignmentPolicy;
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
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.VisitorProof;
import dev.livechat.domain.port.out.ConfirmationMailer;
import dev.livechat.domain.port.out.ContactDirectory;
import dev.livechat.domain.port.out.TicketDirectory;
import dev.livechat.domain.port.out.TranscriptMailer;
import dev.livechat.domain.transcript.Transcript;
import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.transcript.TranscriptState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/extending.md, as real classes: each is plugged into a {@link LiveChat} on
 * the in-memory fixtures, and the test checks that the custom adapter is the one used. The last
 * test checks that every code block of the document is here, word for word.
 */
class ExtendingExamplesTest {
    // ---- docs/extending.md, "An assignment policy" ----
    /** Gives every conversation to the operator on duty while she can take one; the default rules otherwise. */
    static final class OnDutyFirst implements AssignmentPolicy {
        private final String onDuty;
        private final AssignmentPolicy usual = new DefaultAssignmentPolicy();

        OnDutyFirst(String onDuty) {
            this.onDuty = onDuty;
        }

        @Override
        public Assignment assign(AssignmentRequest request, List<Candidate> candidates) {
            return candidates.stream()
                    .filter(c -> c.operator().name().equals(onDuty))
                    .filter(c -> canTakeOne(request, c))
                    .findFirst()
                    .map(c -> new Assignment(
                            Optional.of(c.operator().id()),
                            AssignmentRule.EVERYONE,
                            List.of(onDuty + " is on duty and free: chosen before the default rules")))
                    .orElseGet(() -> usual.assign(request, candidates));
        }

        /** A policy leaves out who is not a member, away, offline or at the channel's cap. */
        private static boolean canTakeOne(AssignmentRequest request, Candidate candidate) {
            Operator operator = candidate.operator();
            return operator.memberOf(request.channel())
                    && operator.hasLivechatAccess()
                    && operator.presence().assignable()
                    && request.cap().allowsAnotherBeyond(candidate.ongoingSessions());
        }
    }
    // ---- end ----

    // ---- docs/extending.md, "A contact directory" ----
    /** The panel's contact card from the company's CRM; a map stands in for the CRM's client. */
    static final class CrmContacts implements ContactDirectory {
        record Customer(String number, String fullName, String email) {}

        private final Map<String, Customer> crm;

        CrmContacts(Map<String, Customer> crm) {
            this.crm = crm;
        }

        @Override
        public Optional<Contact> find(ContactId id) {
            return Optional.ofNullable(crm.get(id.value()))
                    .map(customer -> new Contact(
                            id,
                            customer.fullName(),
                            Optional.of(EmailAddress.of(customer.email())),
                            Optional.empty(),
                            List.of(new ContactLink(
                                    "Customer " + customer.number(),
                                    WebLink.of("https://crm.example.com/customers/" + customer.number())))));
        }
    }
    // ---- end ----

    // ---- docs/extending.md, "A ticket directory" ----
    /** A contact's open tickets from the helpdesk; a list stands in for its search API. */
    static final class HelpdeskTickets implements TicketDirectory {
        private final List<Ticket> helpdesk;

        HelpdeskTickets(List<Ticket> helpdesk) {
            this.helpdesk = helpdesk;
        }

        @Override
        public List<Ticket> openTicketsOf(ContactId contact, int limit) {
            return helpdesk.stream()
                    .filter(ticket -> ticket.contact().equals(contact))
                    .filter(ticket -> ticket.status() == TicketStatus.OPEN)
                    .limit(limit)
                    .toList();
        }
    }
    // ---- end ----

    // ---- docs/extending.md, "A mailer" ----
    /** Transcripts and confirmation links through the company's mail API. */
    static final class CompanyMailer implements TranscriptMailer, ConfirmationMailer {
        record Mail(String to, String subject, String text) {}

        /** The mail API's client: one call, which fails with an IOException. */
        interface MailApi {
            void post(Mail mail) throws IOException;
        }

        private final MailApi api;

        CompanyMailer(MailApi api) {
            this.api = api;
        }

        @Override
        public void send(Transcript transcript, EmailAddress to) throws TranscriptDeliveryException {
            String text = transcript.messages().stream()
                    .map(message -> message.authorName() + ": " + message.body().value())
                    .collect(Collectors.joining("\n"));
            post(new Mail(to.value(), transcript.subject(), text));
        }

        @Override
        public void sendConfirmation(TranscriptConfirmation confirmation) throws TranscriptDeliveryException {
            post(new Mail(
                    confirmation.to().value(),
                    "Your conversation with " + confirmation.serviceName(),
                    "Follow " + confirmation.link() + " before " + confirmation.expiresAt() + " to receive it."));
        }

        /** No retry here: the domain's worker retries a temporary failure (false) and stops at a permanent one. */
        private void post(Mail mail) throws TranscriptDeliveryException {
            try {
                api.post(mail);
            } catch (IOException e) {
                throw new TranscriptDeliveryException("mail API: " + e.getMessage(), false, e);
            }
        }
    }
    // ---- end ----

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    final InMemoryStore store = new InMemoryStore(clock);

    /** A LiveChat on the in-memory fixtures, as in README.md, before the custom adapter is set. */
    LiveChat.Builder onTheFixtures() {
        return LiveChat.builder()
                .storage(store.ports())
                .mailer(new RecordingMailer())
                .clock(clock);
    }

    @Test
    void theOnDutyOperatorIsAssignedWhileFreeAndTheTraceSaysWhy() {
        // ---- docs/extending.md, "An assignment policy": plugging it in ----
        LiveChat chat = onTheFixtures().assignmentPolicy(new OnDutyFirst("Bo")).build();
        // ---- end ----
        Team team = Team.of(chat);

        ConversationId id = team.startInFrench(Optional.empty());
        Panel panel = chat.panel().panel(new ConversationCommand(team.ana(), id));

        assertThat(panel.assignment().operator()).contains(team.bo().user().id());
        assertThat(panel.assignment().trace())
                .containsExactly("Bo is on duty and free: chosen before the default rules");

        chat.users().changePresence(team.bo(), Presence.AWAY);
        ConversationId whileBoIsAway = team.startInFrench(Optional.empty());
        assertThat(chat.panel()
                        .panel(new ConversationCommand(team.ana(), whileBoIsAway))
                        .assignment()
                        .operator())
                .as("the default rules: Ana speaks French")
                .contains(team.ana().user().id());
    }

    @Test
    void theContactCardComesFromTheCrm() {
        // ---- docs/extending.md, "A contact directory": plugging it in ----
        var crm = new CrmContacts(
                Map.of("C-1042", new CrmContacts.Customer("1042", "Claire Martin", "claire@example.com")));
        LiveChat chat = onTheFixtures().contacts(crm).build();
        // ---- end ----
        Team team = Team.of(chat);

        ConversationId id = team.startInFrench(Optional.of(ContactId.of("C-1042")));
        Panel panel = chat.panel().panel(new ConversationCommand(team.ana(), id));

        Contact claire = panel.background().contact().orElseThrow();
        assertThat(claire.name()).isEqualTo("Claire Martin");
        assertThat(claire.links())
                .extracting(ContactLink::label, link -> link.url().value())
                .containsExactly(tuple("Customer 1042", "https://crm.example.com/customers/1042"));
        assertThat(panel.background().transcriptEmail()).contains(EmailAddress.of("claire@example.com"));
    }

    @Test
    void theOpenTicketsComeFromTheHelpdesk() {
        var crm = new CrmContacts(
                Map.of("C-1042", new CrmContacts.Customer("1042", "Claire Martin", "claire@example.com")));
        // ---- docs/extending.md, "A ticket directory": plugging it in ----
        var claire = ContactId.of("C-1042");
        var helpdesk = new HelpdeskTickets(List.of(
                new Ticket(
                        TicketId.of("T-7"),
                        claire,
                        "HD-7",
                        "Invoice paid twice",
                        TicketStatus.OPEN,
                        WebLink.of("https://help.example.com/tickets/7")),
                new Ticket(
                        TicketId.of("T-3"),
                        claire,
                        "HD-3",
                        "Password reset",
                        TicketStatus.CLOSED,
                        WebLink.of("https://help.example.com/tickets/3"))));
        LiveChat chat = onTheFixtures().contacts(crm).tickets(helpdesk).build();
        // ---- end ----
        Team team = Team.of(chat);

        ConversationId id = team.startInFrench(Optional.of(claire));
        Panel panel = chat.panel().panel(new ConversationCommand(team.ana(), id));

        assertThat(panel.background().openTickets())
                .extracting(Ticket::reference)
                .containsExactly("HD-7");
    }

    @Test
    void transcriptsAndConfirmationLinksGoThroughTheCompanysMailApi() {
        // ---- docs/extending.md, "A mailer": plugging it in ----
        List<CompanyMailer.Mail> posted = new ArrayList<>();
        LiveChat chat = onTheFixtures().mailer(new CompanyMailer(posted::add)).build();
        // ---- end ----
        Team team = Team.of(chat);
        StartedConversation started = team.start(Optional.empty());
        ConversationId id = started.conversation().id();
        chat.close().close(new ConversationCommand(team.ana(), id));

        chat.transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        team.ana(), id, EmailAddress.of("marie@example.com"), Optional.empty()));
        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

        CompanyMailer.Mail transcript = posted.get(0);
        assertThat(transcript.to()).isEqualTo("marie@example.com");
        assertThat(transcript.subject()).isEqualTo("Conversation with Ana");
        assertThat(transcript.text()).contains("Marie: Bonjour !");

        // a visitor's own request goes to an address it must prove first: the same mailer sends the link
        Caller visitor =
                chat.authenticate().authenticate(started.visitorToken()).orElseThrow();
        var request = chat.transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        visitor, id, EmailAddress.of("marie@example.org"), Optional.empty()));
        assertThat(request.state()).isEqualTo(TranscriptState.AWAITING_CONFIRMATION);
        CompanyMailer.Mail confirmation = posted.get(1);
        assertThat(confirmation.to()).isEqualTo("marie@example.org");
        assertThat(confirmation.text()).contains("/api/v1/transcripts/confirm?token=");
    }

    @Test
    void aMailApiFailureIsTemporarySoTheWorkerRetriesIt() {
        LiveChat chat = onTheFixtures()
                .mailer(new CompanyMailer(mail -> {
                    throw new IOException("503 try later");
                }))
                .build();
        Team team = Team.of(chat);
        ConversationId id = team.startInFrench(Optional.empty());
        chat.close().close(new ConversationCommand(team.ana(), id));
        chat.transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        team.ana(), id, EmailAddress.of("marie@example.com"), Optional.empty()));

        chat.deliverTranscripts().deliverDue(10);

        var request = chat.transcripts()
                .transcriptRequests(new ConversationCommand(team.ana(), id))
                .get(0);
        assertThat(request.state()).isEqualTo(TranscriptState.PENDING);
        assertThat(request.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("503 try later"));
    }

    /** Every Java block of docs/extending.md is in this file, line for line (indentation aside). */
    @Test
    void theDocumentShowsThisVeryCode() throws IOException {
        String doc = Files.readString(Path.of("../docs/extending.md"));
        String here = normalized(
                Files.readString(Path.of("src/test/java/dev/livechat/domain/scenario/ExtendingExamplesTest.java")));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            assertThat(here).as("docs/extending.md block %d", blocks).contains(normalized(block.group(1)));
        }
        assertThat(blocks).isGreaterThanOrEqualTo(4);
    }

    private static String normalized(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** A manager, a channel, and two online operators: Ana speaks French, Bo English. */
    record Team(LiveChat chat, Channel web, Caller.User ana, Caller.User bo) {
        static Team of(LiveChat chat) {
            chat.users().bootstrapManager("a-long-bootstrap-secret");
            Caller admin =
                    chat.authenticate().authenticate("a-long-bootstrap-secret").orElseThrow();
            Channel web = chat.channels().createChannel(admin, "Website support", SessionCap.byDefault());
            return new Team(chat, web, operator(chat, admin, web, "Ana", "fr"), operator(chat, admin, web, "Bo", "en"));
        }

        private static Caller.User operator(LiveChat chat, Caller admin, Channel web, String name, String language) {
            var created = chat.users()
                    .createUser(
                            admin,
                            new OperatorProfile(
                                    name,
                                    EmailAddress.of(name.toLowerCase() + "@example.com"),
                                    Role.LIVECHAT_USER,
                                    LanguageTag.of(language),
                                    Set.of(),
                                    Optional.empty(),
                                    Set.of(ExpertiseName.of("Billing")),
                                    Set.of(web.id())));
            return new Caller.User(chat.users().changePresence(new Caller.User(created.user()), Presence.ONLINE));
        }

        ConversationId startInFrench(Optional<ContactId> contact) {
            return start(contact).conversation().id();
        }

        /** Marie, in French, maybe a known contact (vouched for: the embedder authenticated her). */
        StartedConversation start(Optional<ContactId> contact) {
            StartConversationCommand.Builder command = StartConversationCommand.in(web.id())
                    .visitorName("Marie")
                    .language(AcceptLanguage.preferred("fr-BE,fr;q=0.9"))
                    .firstMessage(MessageBody.of("Bonjour !"))
                    .proof(VisitorProof.vouched());
            contact.ifPresent(command::contact);
            return chat.start().start(command.build());
        }
    }
}
