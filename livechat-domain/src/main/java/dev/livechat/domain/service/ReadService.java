package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.livechatUser;
import static dev.livechat.domain.access.ConversationPermissions.manager;
import static dev.livechat.domain.access.ConversationPermissions.reader;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.expertise.ExpertiseMatch;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.OperatorRef;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.RecentConversation;
import dev.livechat.domain.panel.RecentWindow;
import dev.livechat.domain.panel.VisitorBackground;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.port.out.ExportConversationsPort;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The read side: the information panel, the message log, conversation lists with the star, reports. */
public final class ReadService
        implements ReadPanelUseCase, ReadMessagesUseCase, ListConversationsUseCase, ReportUseCase {
    static final int OPEN_TICKETS = 10;

    private final LoadConversationPort conversations;
    private final ReadMessagesPort messages;
    private final QueryConversationsPort queries;
    private final ChannelsPort channels;
    private final ContactDirectory contacts;
    private final TicketDirectory tickets;
    private final ReportPort reports;
    private final RecentWindow recent;
    private final Clock clock;
    private final TransactionPort transactions;
    private final CachedReads cached;

    public ReadService(
            Storage.Conversations conversations,
            ChannelsPort channels,
            ContactDirectory contacts,
            TicketDirectory tickets,
            ReportPort reports,
            RecentWindow recent,
            Clock clock,
            TransactionPort transactions) {
        this.conversations = conversations.load();
        this.messages = conversations.messages();
        this.queries = conversations.queries();
        this.channels = channels;
        this.contacts = contacts;
        this.tickets = tickets;
        this.reports = reports;
        this.recent = recent;
        this.clock = clock;
        this.transactions = transactions;
        this.cached = new CachedReads(clock);
    }

    /** What this service remembers, for the writers to tell it what changed. */
    public CachedReads cached() {
        return cached;
    }

    @Override
    public Panel panel(ConversationCommand command) {
        livechatUser(command.caller(), "read the information panel");
        // one transaction: a consistent panel, and one connection and commit instead of six
        return cached.panels.get(command.conversation(), () -> transactions.inTransaction(() -> panelOf(command)));
    }

    private Panel panelOf(ConversationCommand command) {
        ConversationState s = conversations.require(command.conversation()).state();
        Visitor visitor = s.opening().visitor();
        Optional<Contact> contact = visitor.contact().flatMap(contacts::find);
        List<RecentConversation> recentOnes =
                queries.recent(visitor, s.id(), clock.instant().minus(recent.within()), recent.limit());
        return new Panel(
                s.opening(),
                channels.require(s.opening().channel()),
                s.lifecycle(),
                s.participants().present().stream()
                        .map(p -> new OperatorRef(p.id(), p.name()))
                        .toList(),
                s.annotations(),
                new VisitorBackground(
                        contact,
                        recentOnes,
                        contact.map(c -> tickets.openTicketsOf(c.id(), OPEN_TICKETS))
                                .orElse(List.of()),
                        visitor.email().or(() -> contact.flatMap(Contact::email))),
                s.assignment(),
                s.messages().seen());
    }

    @Override
    public List<Message> messages(ReadMessagesCommand command) {
        return transactions.inTransaction(() -> {
            reader(conversations.require(command.conversation()).state(), command.caller(), "read this conversation");
            return messages.messagesAfter(command.conversation(), command.afterSeq(), command.limit());
        });
    }

    @Override
    public List<ConversationSummary> list(ListConversationsCommand command) {
        Operator user = livechatUser(command.caller(), "list conversations");
        ConversationFilter filter = ConversationFilter.forViewer(
                command.status(),
                command.channel(),
                command.from(),
                command.to(),
                command.expertise(),
                visibleChannels(user, command),
                command.limit());
        // the one list remembered: the whole help queue, seen alike by every viewer (its channels included)
        List<ConversationSummary> found =
                command.wholeHelpQueue() && filter.onlyChannels().isEmpty()
                        ? cached.helpQueue.get(filter, () -> queries.list(filter))
                        : queries.list(filter);
        return found.stream()
                .map(c -> c.withStar(ExpertiseMatch.matches(c.expertise(), user.expertise())))
                .toList();
    }

    /** The help queue is everyone's; other lists are the caller's channels, or all of them for a manager. */
    private static Optional<Set<ChannelId>> visibleChannels(Operator user, ListConversationsCommand command) {
        boolean helpQueue = command.status().equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP));
        if (helpQueue || user.role() == Role.LIVECHAT_MANAGER) return Optional.empty();
        if (command.channel().isPresent() && !user.memberOf(command.channel().get()))
            throw new AccessDeniedException(Caller.user(user).describe() + " may not list channel "
                    + command.channel().get() + ": not a member of it");
        return Optional.of(user.channels());
    }

    @Override
    public List<ReportRow> report(Caller caller, ReportQuery query) {
        manager(caller, "read reports");
        return reports.report(query).stream()
                .sorted(Comparator.comparing(ReportRow::key))
                .toList();
    }

    /** The role first, then the rows: a refusal comes before anything is read or written. */
    @Override
    public void export(Caller caller, ExportQuery query, Consumer<ExportedConversation> sink) {
        manager(caller, "export conversations");
        ExportConversationsPort exports =
                reports instanceof ExportConversationsPort exporter ? exporter : ExportConversationsPort.NONE;
        exports.exportConversations(query, sink);
    }
}
