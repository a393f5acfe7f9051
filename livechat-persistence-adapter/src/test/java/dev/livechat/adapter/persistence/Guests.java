package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.port.in.StartConversationCommand;

/** A guest starting a conversation in the fixtures' channel through the use case, as the service does. */
final class Guests {
    private Guests() {}

    static ConversationId start(LiveChat chat, String name, String firstMessage) {
        return chat.start()
                .start(StartConversationCommand.in(CHANNEL)
                        .visitorName(name)
                        .language(AcceptLanguage.preferred("en"))
                        .firstMessage(MessageBody.of(firstMessage))
                        .build())
                .conversation()
                .id();
    }
}
