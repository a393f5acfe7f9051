package dev.livechat.domain.conversation;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a conversation started with and keeps for its whole life: who, where from, what a
 * forwarding chatbot learnt, and when. (The expertise it started with is editable, so it lives in
 * {@link Annotations}.)
 */
public record OpeningFacts(
        ConversationId id,
        ChannelId channel,
        Visitor visitor,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        List<ChatbotAnswer> chatbotAnswers,
        Instant startedAt) {
    public OpeningFacts {
        Require.present("id", id);
        Require.present("channel", channel);
        Require.present("visitor", visitor);
        Require.present("language", language);
        Require.present("country", country);
        chatbotAnswers = List.copyOf(chatbotAnswers);
        Require.present("startedAt", startedAt);
    }

    static OpeningFacts of(Opening opening, Instant at) {
        return new OpeningFacts(
                opening.id(),
                opening.channel(),
                opening.visitor(),
                opening.language(),
                opening.country(),
                opening.chatbotAnswers(),
                at);
    }
}
