package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.UserId;
import java.util.List;

/** Users and their presence. Creating, listing and changing users is for managers. */
public interface ManageUsersUseCase {
    CreatedUser createUser(Caller caller, OperatorProfile profile);

    Operator updateUser(Caller caller, UserId id, OperatorProfile profile);

    List<Operator> users(Caller caller);

    Operator user(Caller caller, UserId id);

    /** The caller's own presence; becoming available assigns waiting conversations. */
    Operator changePresence(Caller caller, Presence presence);

    /** The caller. */
    Operator me(Caller caller);

    /**
     * When no manager exists yet, creates a LIVECHAT_MANAGER "admin" whose token is the given one.
     * Returns whether it did.
     */
    boolean bootstrapManager(String token);
}
