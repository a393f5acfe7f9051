package dev.livechat.domain.service;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.AssignmentRequest;
import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartConversationUseCase;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.CredentialsPort;
import dev.livechat.domain.port.out.ExpertisePort;
import dev.livechat.domain.port.out.FindCandidatesPort;
import dev.livechat.domain.port.out.OperatorsPort;
import dev.livechat.domain.port.out.QueryConversationsPort;
import dev.livechat.domain.port.out.Storage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** A visitor starts a conversation: the policy picks an operator (or none), the visitor gets a token. */
public final class StartConversationService implements StartConversationUseCase {
    private final ConversationWork work;
    private final ChannelsPort channels;
    private final OperatorsPort operators;
    private final FindCandidatesPort candidates;
    private final QueryConversationsPort queries;
    private final CredentialsPort credentials;
    private final ExpertisePort expertise;
    private final AssignmentPolicy policy;
    private final ReceptionService reception;
    private final Clock clock;

    public StartConversationService(
            ConversationWork work,
            Storage.Catalogue catalogue,
            Storage.Operators operators,
            QueryConversationsPort queries,
            AssignmentPolicy policy,
            ReceptionService reception,
            Clock clock) {
        this.work = work;
        this.channels = catalogue.channels();
        this.operators = operators.operators();
        this.candidates = operators.candidates();
        this.queries = queries;
        this.credentials = operators.credentials();
        this.expertise = catalogue.expertise();
        this.policy = policy;
        this.reception = reception;
        this.clock = clock;
    }

    @Override
    public StartedConversation start(StartConversationCommand command) {
        return work.inUnit(() -> startInUnit(command));
    }

    private StartedConversation startInUnit(StartConversationCommand command) {
        Channel channel = channels.require(command.channel());
        VisitorIdentity.verify(channel, command);
        CandidatePool pool = candidates.candidates(channel.id());
        reception.requireAccepting(channel, pool); // outside hours: 409 with the next opening, nothing stored
        Instant now = clock.instant();
        Visitor visitor = new Visitor(
                command.visitor()
                        .name()
                        .orElseGet(
                                () -> "Visitor #" + ThreadLocalRandom.current().nextInt(1, 100_000)),
                command.visitor().email(),
                command.visitor().timeZone(),
                command.visitor().contact(),
                command.visitor().key());
        Opening opening = new Opening(
                ConversationId.random(),
                channel.id(),
                visitor,
                command.language(),
                command.country(),
                command.chatbot().answers(),
                command.chatbot().expertise());
        Assignment assignment = policy.assign(
                new AssignmentRequest(
                        channel.id(),
                        channel.cap(),
                        command.language(),
                        command.country(),
                        command.chatbot().expertise(),
                        queries.previousOperator(visitor),
                        now),
                pool);
        Optional<Operator> operator = assignment.operator().map(operators::require);
        Conversation conversation = Conversation.start(opening, assignment, operator, now);
        command.firstMessage().ifPresent(body -> conversation.postVisitorMessage(body, now));

        if (!command.chatbot().expertise().isEmpty())
            expertise.ensure(command.chatbot().expertise());
        String token = TokenHash.newToken();
        // The token first: a conversation nobody can reach would be worse than an unused token.
        credentials.storeVisitorToken(opening.id(), TokenHash.of(token));
        work.commit(conversation);
        return new StartedConversation(conversation.state(), token);
    }
}
