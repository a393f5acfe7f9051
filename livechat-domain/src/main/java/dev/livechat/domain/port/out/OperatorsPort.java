package dev.livechat.domain.port.out;

import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users: operators, managers, internal users. */
public interface OperatorsPort {
    Optional<Operator> find(UserId id);

    /** The users with these ids, in one read; unknown ids are left out. */
    List<Operator> findAll(Collection<UserId> ids);

    List<Operator> allUsers();

    boolean anyWithRole(Role role);

    /** Inserts or replaces the user. */
    void save(Operator operator);

    default Operator require(UserId id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
