package dev.livechat.domain.port.in;

/** A visitor starts a conversation; it is assigned an operator, or waits for one. */
public interface StartConversationUseCase {
    StartedConversation start(StartConversationCommand command);
}
