package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.livechatUser;
import static dev.livechat.domain.access.ConversationPermissions.manager;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.access.PrincipalCache;
import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.IdentitySecret;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.channel.ReassignAfter;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.hours.Reception;
import dev.livechat.domain.hours.ReceptionChange;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.*;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users, tokens, presence, channels and the built-in directories. */
public final class AdminService
        implements ManageUsersUseCase, ManageChannelsUseCase, ManageDirectoryUseCase, AuthenticateUseCase {
    private final OperatorsPort operators;
    private final CredentialsPort credentials;
    private final ChannelsPort channels;
    private final ExpertisePort expertise;
    private final ContactStore contacts;
    private final TicketStore tickets;
    private final AssignWaitingConversationsUseCase waiting;
    private final Clock clock;
    private final PrincipalCache principals;

    public AdminService(
            OperatorsPort operators,
            CredentialsPort credentials,
            ChannelsPort channels,
            ExpertisePort expertise,
            ContactStore contacts,
            TicketStore tickets,
            AssignWaitingConversationsUseCase waiting,
            Clock clock) {
        this.operators = operators;
        this.credentials = credentials;
        this.channels = channels;
        this.expertise = expertise;
        this.contacts = contacts;
        this.tickets = tickets;
        this.waiting = waiting;
        this.clock = clock;
        this.principals = new PrincipalCache(clock);
    }

    @Override
    public CreatedUser createUser(Caller caller, OperatorProfile profile) {
        manager(caller, "create users");
        return create(profile, TokenHash.newToken());
    }

    private CreatedUser create(OperatorProfile profile, String token) {
        profile.channels().forEach(channels::require);
        Operator user = Operator.created(UserId.random(), profile, clock.instant());
        expertise.ensure(profile.expertise());
        operators.save(user);
        credentials.storeUserToken(user.id(), TokenHash.of(token));
        principals.forgetAll();
        return new CreatedUser(user, token);
    }

    @Override
    public Operator updateUser(Caller caller, UserId id, OperatorProfile profile) {
        manager(caller, "change users");
        profile.channels().forEach(channels::require);
        Operator updated = operators.require(id).revise(profile);
        expertise.ensure(profile.expertise());
        operators.save(updated);
        principals.forgetAll();
        waiting.assignWaiting(); // a new channel membership may free a waiting visitor
        return updated;
    }

    @Override
    public List<Operator> users(Caller caller) {
        manager(caller, "list users");
        return operators.allUsers();
    }

    @Override
    public Operator user(Caller caller, UserId id) {
        manager(caller, "read users");
        return operators.require(id);
    }

    @Override
    public Operator changePresence(Caller caller, Presence presence) {
        Operator me =
                operators.require(livechatUser(caller, "change presence").id()).changePresence(presence);
        operators.save(me);
        principals.forgetAll();
        if (presence.assignable()) waiting.assignWaiting();
        return me;
    }

    @Override
    public Operator me(Caller caller) {
        if (caller instanceof Caller.User u) return operators.require(u.user().id());
        throw new AccessDeniedException(caller.describe() + " is not a user");
    }

    @Override
    public boolean bootstrapManager(String token) {
        if (token == null || token.length() < 16 || operators.anyWithRole(Role.LIVECHAT_MANAGER)) return false;
        create(
                new OperatorProfile(
                        "admin",
                        EmailAddress.of("admin@livechat.invalid"),
                        Role.LIVECHAT_MANAGER,
                        LanguageTag.of("en"),
                        Set.of(),
                        Optional.empty(),
                        Set.of(),
                        Set.of()),
                token);
        return true;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 512) return Optional.empty();
        return principals.callerOf(TokenHash.of(token), this::lookUp);
    }

    private Optional<Caller> lookUp(TokenHash hash) {
        Optional<Caller> user =
                credentials.userOf(hash).flatMap(operators::find).map(Caller::user);
        if (user.isPresent()) return user;
        return credentials.conversationOf(hash).map(Caller::visitor);
    }

    @Override
    public Channel createChannel(
            Caller caller,
            String name,
            SessionCap cap,
            Set<Origin> allowedOrigins,
            ReassignAfter reassignAfter,
            Reception reception) {
        manager(caller, "create channels");
        Channel channel =
                new Channel(ChannelId.random(), name, cap, allowedOrigins, Optional.empty(), reassignAfter, reception);
        channels.save(channel);
        return channel;
    }

    @Override
    public Channel reviseChannel(
            Caller caller,
            ChannelId id,
            Optional<String> name,
            Optional<SessionCap> cap,
            Optional<Set<Origin>> allowedOrigins,
            Optional<ReassignAfter> reassignAfter,
            ReceptionChange reception) {
        manager(caller, "change channels");
        Channel current = channels.require(id);
        Channel revised = current.revise(
                        name.orElse(current.name()),
                        cap.orElse(current.cap()),
                        allowedOrigins.orElse(current.allowedOrigins()))
                .reassigningAfter(reassignAfter.orElse(current.reassignAfter()))
                .receiveBy(reception.applyTo(current.reception()));
        channels.save(revised);
        return revised;
    }

    @Override
    public IdentitySecret rotateIdentitySecret(Caller caller, ChannelId id) {
        manager(caller, "change a channel's identity secret");
        IdentitySecret secret = IdentitySecret.random();
        channels.save(channels.require(id).rotateIdentitySecret(secret));
        return secret;
    }

    @Override
    public List<Channel> channels(Caller caller) {
        Operator user = livechatUser(caller, "list channels");
        List<Channel> all = channels.allChannels();
        if (user.role() == Role.LIVECHAT_MANAGER) return all;
        // an operator's console needs its own channels only; the full list is administration
        return all.stream().filter(c -> user.channels().contains(c.id())).toList();
    }

    @Override
    public Contact upsertContact(Caller caller, Contact contact) {
        manager(caller, "change contacts");
        contacts.upsert(contact);
        return contact;
    }

    @Override
    public Ticket upsertTicket(Caller caller, Ticket ticket) {
        manager(caller, "change tickets");
        if (contacts.find(ticket.contact()).isEmpty())
            throw new dev.livechat.domain.error.NotFoundException("contact", ticket.contact());
        tickets.upsert(ticket);
        return ticket;
    }
}
