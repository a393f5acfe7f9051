package dev.livechat.domain;

import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.DefaultAssignmentPolicy;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.panel.RecentWindow;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.service.*;
import dev.livechat.domain.transcript.ConfirmationLinks;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.transcript.VisitorTranscriptLimits;
import java.time.Clock;
import java.time.Duration;

/**
 * The domain, wired: every use case over the outbound ports you give it. Plain constructors, no
 * scanning. Embedders build one with {@link #builder()}; the application module does the same.
 *
 * <pre>{@code
 * LiveChat chat = LiveChat.builder().storage(store).mailer(mailer).publisher(events).build();
 * chat.start().start(command);
 * }</pre>
 */
public final class LiveChat {
    private final StartConversationService start;
    private final ConversationService conversations;
    private final WaitingConversationsService waiting;
    private final InactivityService inactivity;
    private final TranscriptService transcripts;
    private final ConfirmTranscriptService confirmations;
    private final OriginsService origins;
    private final TranscriptDelivery delivery;
    private final ReadService reads;
    private final AdminService admin;

    private LiveChat(Builder b) {
        ConversationWork work = new ConversationWork(b.load, b.save, b.publisher, b.transactions);
        waiting = new WaitingConversationsService(
                work, b.queries, b.channels, b.operators, b.candidates, b.assignment, b.clock);
        start = new StartConversationService(
                work,
                b.channels,
                b.operators,
                b.candidates,
                b.queries,
                b.credentials,
                b.expertise,
                b.assignment,
                b.clock);
        conversations = new ConversationService(work, b.operators, b.tags, b.expertise, b.outcome, b.clock, waiting);
        inactivity = new InactivityService(work, b.queries, b.outcome, b.clock, waiting);
        VisitorTranscripts visitorTranscripts = new VisitorTranscripts(
                work,
                b.transcripts,
                b.contacts,
                b.channels,
                b.confirmationMailer(),
                b.confirmationLinks,
                b.visitorLimits,
                b.clock);
        transcripts = new TranscriptService(work, b.transcripts, visitorTranscripts, b.clock);
        confirmations = new ConfirmTranscriptService(work, b.transcripts, b.clock);
        origins = new OriginsService(b.load, b.channels, b.clock);
        delivery = new TranscriptDelivery(
                work, b.transcripts, b.messages, b.channels, b.mailer, b.retry, b.lease, b.clock);
        reads = new ReadService(
                b.load,
                b.messages,
                b.queries,
                b.channels,
                b.contacts,
                b.tickets,
                b.reports,
                b.recent,
                b.clock,
                b.transactions);
        admin = new AdminService(
                b.operators, b.credentials, b.channels, b.expertise, b.contactStore, b.ticketStore, waiting, b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    public StartConversationUseCase start() {
        return start;
    }

    public PostVisitorMessageUseCase postVisitorMessage() {
        return conversations;
    }

    public PostOperatorMessageUseCase postOperatorMessage() {
        return conversations;
    }

    public ChangeStatusUseCase changeStatus() {
        return conversations;
    }

    public JoinConversationUseCase join() {
        return conversations;
    }

    public TransferConversationUseCase transfer() {
        return conversations;
    }

    public CloseConversationUseCase close() {
        return conversations;
    }

    public CloseInactiveConversationsUseCase closeInactive() {
        return inactivity;
    }

    public EditNoteUseCase editNote() {
        return conversations;
    }

    public TagConversationUseCase tags() {
        return conversations;
    }

    public SetExpertiseUseCase setExpertise() {
        return conversations;
    }

    public RequestTranscriptUseCase transcripts() {
        return transcripts;
    }

    public ConfirmTranscriptUseCase confirmTranscript() {
        return confirmations;
    }

    public AllowedOriginsUseCase allowedOrigins() {
        return origins;
    }

    public DeliverTranscriptsUseCase deliverTranscripts() {
        return delivery;
    }

    public ReadPanelUseCase panel() {
        return reads;
    }

    public ReadMessagesUseCase messages() {
        return reads;
    }

    public ListConversationsUseCase list() {
        return reads;
    }

    public ReportUseCase reports() {
        return reads;
    }

    public AssignWaitingConversationsUseCase assignWaiting() {
        return waiting;
    }

    public ManageUsersUseCase users() {
        return admin;
    }

    public ManageChannelsUseCase channels() {
        return admin;
    }

    public ManageDirectoryUseCase directory() {
        return admin;
    }

    public AuthenticateUseCase authenticate() {
        return admin;
    }

    /** Collects the ports and policies; every port is required, the policies and settings have defaults. */
    public static final class Builder {
        private LoadConversationPort load;
        private SaveConversationPort save;
        private ReadMessagesPort messages;
        private QueryConversationsPort queries;
        private FindCandidatesPort candidates;
        private OperatorsPort operators;
        private CredentialsPort credentials;
        private ChannelsPort channels;
        private TagsPort tags;
        private ExpertisePort expertise;
        private ContactDirectory contacts;
        private ContactStore contactStore;
        private TicketDirectory tickets;
        private TicketStore ticketStore;
        private TranscriptRequestsPort transcripts;
        private ReportPort reports;
        private TranscriptMailer mailer;
        private ConfirmationMailer confirmationMailer;
        private ConfirmationLinks confirmationLinks =
                ConfirmationLinks.under(java.net.URI.create("http://127.0.0.1:8080"), "/api/v1/transcripts/confirm");
        private VisitorTranscriptLimits visitorLimits = VisitorTranscriptLimits.byDefault();
        private PublishEventsPort publisher = records -> {};
        private TransactionPort transactions = TransactionPort.NONE;
        private AssignmentPolicy assignment = new DefaultAssignmentPolicy();
        private OutcomePolicy outcome = new DefaultOutcomePolicy();
        private RecentWindow recent = RecentWindow.byDefault();
        private RetrySchedule retry = RetrySchedule.byDefault();
        private Duration lease = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * One object that implements every storage port (the persistence adapter's, or the in-memory
         * fixtures'). Set single ports afterwards to replace some, e.g. {@link #contacts} with a CRM.
         */
        public <
                        S extends
                                LoadConversationPort & SaveConversationPort & ReadMessagesPort & QueryConversationsPort
                                        & FindCandidatesPort & OperatorsPort & CredentialsPort & ChannelsPort & TagsPort
                                        & ExpertisePort & ContactStore & TicketStore & TranscriptRequestsPort
                                        & ReportPort>
                Builder storage(S store) {
            this.load = store;
            this.save = store;
            this.messages = store;
            this.queries = store;
            this.candidates = store;
            this.operators = store;
            this.credentials = store;
            this.channels = store;
            this.tags = store;
            this.expertise = store;
            this.contacts = this.contactStore = store;
            this.tickets = this.ticketStore = store;
            this.transcripts = store;
            this.reports = store;
            if (store instanceof TransactionPort units) this.transactions = units;
            return this;
        }

        /** How use cases run as units of work; taken from {@link #storage} when it implements it. */
        public Builder transactions(TransactionPort transactions) {
            this.transactions = transactions;
            return this;
        }

        public Builder contacts(ContactDirectory directory) {
            this.contacts = directory;
            return this;
        }

        public Builder tickets(TicketDirectory directory) {
            this.tickets = directory;
            return this;
        }

        public Builder mailer(TranscriptMailer mailer) {
            this.mailer = mailer;
            return this;
        }

        /** Who mails confirmation links; taken from {@link #mailer} when it implements it. */
        public Builder confirmationMailer(ConfirmationMailer mailer) {
            this.confirmationMailer = mailer;
            return this;
        }

        /** Where confirmation links point: the service's public address (default http://127.0.0.1:8080). */
        public Builder confirmationLinks(ConfirmationLinks links) {
            this.confirmationLinks = links;
            return this;
        }

        public Builder visitorTranscriptLimits(VisitorTranscriptLimits limits) {
            this.visitorLimits = limits;
            return this;
        }

        /** Without one, a visitor's request to an unproven address fails: better than an unconfirmed mail. */
        private ConfirmationMailer confirmationMailer() {
            if (confirmationMailer != null) return confirmationMailer;
            if (mailer instanceof ConfirmationMailer both) return both;
            return confirmation -> {
                throw new TranscriptDeliveryException("no confirmation mailer is configured", true, null);
            };
        }

        public Builder publisher(PublishEventsPort publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder assignmentPolicy(AssignmentPolicy policy) {
            this.assignment = policy;
            return this;
        }

        public Builder outcomePolicy(OutcomePolicy policy) {
            this.outcome = policy;
            return this;
        }

        public Builder recentWindow(RecentWindow window) {
            this.recent = window;
            return this;
        }

        public Builder retrySchedule(RetrySchedule schedule) {
            this.retry = schedule;
            return this;
        }

        public Builder transcriptLease(Duration lease) {
            this.lease = lease;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LiveChat build() {
            Require.present("storage", load);
            Require.present("mailer", mailer);
            return new LiveChat(this);
        }
    }
}
