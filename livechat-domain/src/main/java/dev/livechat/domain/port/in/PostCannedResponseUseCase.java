package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.Message;

/**
 * An operator taking part posts a canned response: its placeholders filled in with this
 * conversation's visitor, the operator and the channel, then posted as the operator's message.
 */
public interface PostCannedResponseUseCase {
    Message postCannedResponse(PostCannedResponseCommand command);
}
