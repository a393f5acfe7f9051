package dev.livechat.domain;

import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.panel.RecentWindow;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.service.*;
import dev.livechat.domain.transcript.*;
import java.time.Clock;
import java.time.Duration;

/**
 * The domain, wired: every use case over the outbound ports you give it. Plain constructors, no
 * scanning. Embedders build one with {@link #builder()}; the application module does the same.
 * For example {@code LiveChat.builder().storage(set).mailer(mailer).publisher(events).build()}.
 */
public final class LiveChat extends BackgroundWork {
    private LiveChat(Builder b) {
        super(new UseCases(b));
    }

    public static Builder builder() {
        return new Builder();
    }

    public StartConversationUseCase start() {
        return services.start;
    }

    public PostVisitorMessageUseCase postVisitorMessage() {
        return services.conversations;
    }

    public PostOperatorMessageUseCase postOperatorMessage() {
        return services.conversations;
    }

    public PostCannedResponseUseCase postCannedResponse() {
        return services.canned;
    }

    public ManageCannedResponsesUseCase cannedResponses() {
        return services.canned;
    }

    public SignalTypingUseCase typing() {
        return services.typing;
    }

    public MarkSeenUseCase markSeen() {
        return services.receipts;
    }

    public ChangeStatusUseCase changeStatus() {
        return services.conversations;
    }

    public JoinConversationUseCase join() {
        return services.conversations;
    }

    public TransferConversationUseCase transfer() {
        return services.conversations;
    }

    public CloseConversationUseCase close() {
        return services.conversations;
    }

    public RateConversationUseCase rate() {
        return services.ratings;
    }

    public EditNoteUseCase editNote() {
        return services.conversations;
    }

    public TagConversationUseCase tags() {
        return services.conversations;
    }

    public SetExpertiseUseCase setExpertise() {
        return services.conversations;
    }

    public RequestTranscriptUseCase transcripts() {
        return services.transcripts;
    }

    public ConfirmTranscriptUseCase confirmTranscript() {
        return services.confirmations;
    }

    public AllowedOriginsUseCase allowedOrigins() {
        return services.origins;
    }

    public AttachmentUseCases attachments() {
        return services.attachments;
    }

    public ReadPanelUseCase panel() {
        return services.reads;
    }

    public ReadMessagesUseCase messages() {
        return services.reads;
    }

    public ListConversationsUseCase list() {
        return services.reads;
    }

    public ReportUseCase reports() {
        return services.reads;
    }

    public ManageUsersUseCase users() {
        return services.admin;
    }

    public ManageChannelsUseCase channels() {
        return services.admin;
    }

    public ManageDirectoryUseCase directory() {
        return services.admin;
    }

    public AuthenticateUseCase authenticate() {
        return services.admin;
    }

    public ListParticipationsUseCase participations() {
        return services.participations;
    }

    public ReadHistoryUseCase history() {
        return services.history;
    }

    public PersonalDataUseCase personalData() {
        return services.personalData;
    }

    /** Another process wrote to the same storage: the panels and help queue remembered here are read again. */
    public void changedElsewhere() {
        services.cached.forgetAll();
    }

    /**
     * Collects the ports and policies; every port is required, the policies and settings have
     * defaults ({@link BuilderParts}, where they are kept).
     */
    public static final class Builder extends BuilderParts {
        ConversationHistoryPort history = ConversationHistoryPort.NONE;
        FindPersonPort people = FindPersonPort.NOBODY;
        final java.util.List<PersonalDataPort> personalData = new java.util.ArrayList<>();

        private Builder() {}

        /**
         * Every storage port, as a set of narrow adapters (the persistence adapter's, or the in-memory
         * fixtures'), with its units of work. The setters below replace one part afterwards, e.g.
         * {@link #contacts} with a CRM or {@link #conversations} with a store of your own.
         */
        public Builder storage(Storage storage) {
            this.conversations = storage.conversations();
            this.operators = storage.operators();
            this.catalogue = storage.catalogue();
            this.contacts = this.contactStore = storage.contacts();
            this.tickets = this.ticketStore = storage.tickets();
            this.transcripts = storage.transcripts();
            this.reports = storage.reports();
            this.transactions = storage.transactions();
            if (storage.conversations().queries() instanceof FindParticipationsPort found) this.participations = found;
            return this;
        }

        /** Where typing notices go (event streams here and on other instances); by default nowhere. */
        public Builder typingSignals(TypingSignalsPort typingSignals) {
            this.typingSignals = typingSignals;
            return this;
        }

        /**
         * Who takes part in which open conversation; taken from {@link #storage} when its conversation
         * queries answer it, else nobody is known to (event streams then learn it from live events only).
         */
        public Builder participations(FindParticipationsPort participations) {
            this.participations = participations;
            return this;
        }

        /** Where conversations' histories are kept; none by default (the history is then empty). */
        public Builder history(ConversationHistoryPort history) {
            this.history = history;
            return this;
        }

        /** Who finds a person's conversations, and every store of personal data (each adapter's, added). */
        public Builder personalData(FindPersonPort people, java.util.List<? extends PersonalDataPort> stores) {
            this.people = people;
            this.personalData.addAll(stores);
            return this;
        }

        /** Conversations and the read models over them; a store with units of its own also sets {@link #transactions}. */
        public Builder conversations(Storage.Conversations conversations) {
            this.conversations = conversations;
            return this;
        }

        public Builder operators(Storage.Operators operators) {
            this.operators = operators;
            return this;
        }

        public Builder catalogue(Storage.Catalogue catalogue) {
            this.catalogue = catalogue;
            return this;
        }

        public Builder transcriptRequests(TranscriptRequestsPort transcripts) {
            this.transcripts = transcripts;
            return this;
        }

        public Builder reports(ReportPort reports) {
            this.reports = reports;
            return this;
        }

        /** How use cases run as units of work; taken from {@link #storage}. */
        public Builder transactions(TransactionPort transactions) {
            this.transactions = transactions;
            return this;
        }

        /** Where the use cases read contacts (a CRM, say); admin writes still go to the storage's. */
        public Builder contacts(ContactDirectory directory) {
            this.contacts = directory;
            return this;
        }

        /** Where the use cases read tickets (a help desk, say); admin writes still go to the storage's. */
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

        /** Fails naming the first part missing: {@code storage} (or one of its parts), {@code mailer}. */
        public LiveChat build() {
            return new LiveChat(this);
        }
    }
}
