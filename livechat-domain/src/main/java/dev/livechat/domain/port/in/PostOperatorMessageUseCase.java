package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.Message;

/** An operator taking part writes. */
public interface PostOperatorMessageUseCase {
    Message postOperatorMessage(PostMessageCommand command);
}
