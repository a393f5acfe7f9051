package dev.livechat.domain.port.in;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.conversation.ConversationId;
import java.util.Set;

/**
 * Which web origins may call the visitor endpoints (for CORS). Asked on every cross-origin call, so
 * it answers from memory where it can. No caller is needed: the answer is no secret, and a
 * preflight carries no credentials.
 */
public interface AllowedOriginsUseCase {
    Set<Origin> ofChannel(ChannelId channel);

    /** Those of the conversation's channel; none for an unknown conversation. */
    Set<Origin> ofConversation(ConversationId conversation);

    /** Those of any channel: for calls that name their channel only in a body or a token a preflight lacks. */
    Set<Origin> ofAnyChannel();
}
