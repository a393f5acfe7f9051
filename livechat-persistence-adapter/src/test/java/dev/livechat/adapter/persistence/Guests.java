package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.port.in.StartConversationCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A guest starting a conversation in the fixtures' channel through the use case, as the service does. */
final class Guests {
    private Guests() {}

    static ConversationId start(LiveChat chat, String name, String firstMessage) {
        return chat.start()
                .start(new StartConversationCommand(
                        CHANNEL,
                        Optional.of(name),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        AcceptLanguage.preferred("en"),
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        Optional.of(MessageBody.of(firstMessage))))
                .conversation()
                .id();
    }
}
