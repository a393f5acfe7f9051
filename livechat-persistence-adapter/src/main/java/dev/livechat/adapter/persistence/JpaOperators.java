package dev.livechat.adapter.persistence;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.out.*;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users, their credentials (hashed tokens) and the assignment candidates among them. */
public final class JpaOperators implements OperatorsPort, CredentialsPort, FindCandidatesPort {
    private final Database db;

    JpaOperators(Database db) {
        this.db = db;
    }

    @Override
    public CandidatePool candidates(ChannelId channel) {
        return db.transaction(s -> OperatorRepository.candidates(s, channel));
    }

    @Override
    public Optional<Operator> find(UserId id) {
        return db.transaction(s -> OperatorRepository.find(s, id));
    }

    @Override
    public List<Operator> findAll(Collection<UserId> ids) {
        return db.transaction(s -> OperatorRepository.findAll(s, ids));
    }

    @Override
    public List<Operator> allUsers() {
        return db.transaction(OperatorRepository::all);
    }

    @Override
    public boolean anyWithRole(Role role) {
        return db.transaction(s -> OperatorRepository.anyWithRole(s, role));
    }

    @Override
    public void save(Operator operator) {
        db.idempotentWrite(s -> OperatorRepository.save(s, operator));
    }

    @Override
    public void storeUserToken(UserId user, TokenHash hash) {
        db.idempotentWrite(s -> OperatorRepository.storeUserToken(s, user, hash));
    }

    @Override
    public Optional<UserId> userOf(TokenHash hash) {
        return db.transaction(s -> OperatorRepository.userOf(s, hash));
    }

    @Override
    public void storeVisitorToken(ConversationId conversation, TokenHash hash) {
        db.idempotentWrite(s -> OperatorRepository.storeVisitorToken(s, conversation, hash));
    }

    @Override
    public Optional<ConversationId> conversationOf(TokenHash hash) {
        return db.transaction(s -> OperatorRepository.conversationOf(s, hash));
    }
}
