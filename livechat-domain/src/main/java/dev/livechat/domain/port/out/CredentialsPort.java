package dev.livechat.domain.port.out;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.UserId;
import java.util.Optional;

/** Where token hashes live. Tokens themselves are never stored. */
public interface CredentialsPort {
    /** Binds a user token (replacing the user's previous one). */
    void storeUserToken(UserId user, TokenHash hash);

    Optional<UserId> userOf(TokenHash hash);

    void storeVisitorToken(ConversationId conversation, TokenHash hash);

    Optional<ConversationId> conversationOf(TokenHash hash);
}
