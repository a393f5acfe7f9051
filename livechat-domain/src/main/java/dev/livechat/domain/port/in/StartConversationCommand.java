package dev.livechat.domain.port.in;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A visitor starts a conversation. The visitor's name may be left empty ("Visitor #…" is given);
 * the language is the browser's preference (see {@code AcceptLanguage}); a forwarding chatbot
 * brings its answers and the expertise they call for. A contact id or a browser key counts only
 * with its {@link VisitorProof}; without one the start is refused, not silently downgraded.
 */
public record StartConversationCommand(
        ChannelId channel,
        Optional<String> visitorName,
        Optional<EmailAddress> visitorEmail,
        Optional<ZoneId> visitorTimeZone,
        Optional<ContactId> contact,
        Optional<String> visitorKey,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        List<ChatbotAnswer> chatbotAnswers,
        Set<ExpertiseName> expertise,
        Optional<MessageBody> firstMessage,
        VisitorProof proof) {
    public StartConversationCommand {
        Require.present("channelId", channel);
        visitorName = Require.present("visitor.name", visitorName).filter(n -> !n.isBlank());
        Require.present("visitor.email", visitorEmail);
        Require.present("visitor.timeZone", visitorTimeZone);
        Require.present("visitor.contactId", contact);
        Require.present("visitor.key", visitorKey);
        Require.present("language", language);
        Require.present("country", country);
        chatbotAnswers = List.copyOf(Require.present("chatbot.answers", chatbotAnswers));
        Require.that(chatbotAnswers.size() <= 50, "chatbot.answers", "at most 50");
        expertise = Set.copyOf(Require.present("chatbot.expertise", expertise));
        Require.present("message", firstMessage);
        Require.present("proof", proof);
    }

    /** Without proof: a start that names a contact or a key is refused. */
    public StartConversationCommand(
            ChannelId channel,
            Optional<String> visitorName,
            Optional<EmailAddress> visitorEmail,
            Optional<ZoneId> visitorTimeZone,
            Optional<ContactId> contact,
            Optional<String> visitorKey,
            Optional<LanguageTag> language,
            Optional<CountryCode> country,
            List<ChatbotAnswer> chatbotAnswers,
            Set<ExpertiseName> expertise,
            Optional<MessageBody> firstMessage) {
        this(
                channel,
                visitorName,
                visitorEmail,
                visitorTimeZone,
                contact,
                visitorKey,
                language,
                country,
                chatbotAnswers,
                expertise,
                firstMessage,
                VisitorProof.none());
    }

    public StartConversationCommand withProof(VisitorProof newProof) {
        return new StartConversationCommand(
                channel,
                visitorName,
                visitorEmail,
                visitorTimeZone,
                contact,
                visitorKey,
                language,
                country,
                chatbotAnswers,
                expertise,
                firstMessage,
                newProof);
    }
}
