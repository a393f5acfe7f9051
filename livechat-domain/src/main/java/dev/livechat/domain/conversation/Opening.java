package dev.livechat.domain.conversation;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a conversation starts with: who, where from, and what a forwarding chatbot learnt. */
public record Opening(
        ConversationId id,
        ChannelId channel,
        Visitor visitor,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        List<ChatbotAnswer> chatbotAnswers,
        Set<ExpertiseName> expertise) {
    public Opening {
        Require.present("id", id);
        Require.present("channelId", channel);
        Require.present("visitor", visitor);
        Require.present("language", language);
        Require.present("country", country);
        chatbotAnswers = List.copyOf(Require.present("chatbot.answers", chatbotAnswers));
        expertise = Set.copyOf(Require.present("expertise", expertise));
    }
}
