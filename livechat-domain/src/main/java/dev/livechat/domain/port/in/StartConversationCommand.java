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
 *
 * <p>Everything but the channel is optional: {@code StartConversationCommand.in(channel)
 * .visitorName("Ada").language(tag).firstMessage(body).build()}.
 */
public record StartConversationCommand(
        ChannelId channel,
        VisitorDetails visitor,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        Chatbot chatbot,
        Optional<MessageBody> firstMessage,
        VisitorProof proof) {
    public StartConversationCommand {
        Require.present("channelId", channel);
        Require.present("visitor", visitor);
        Require.present("language", language);
        Require.present("country", country);
        Require.present("chatbot", chatbot);
        Require.present("message", firstMessage);
        Require.present("proof", proof);
    }

    /** A start in this channel; the builder sets the rest. */
    public static Builder in(ChannelId channel) {
        return new Builder(channel);
    }

    public StartConversationCommand withProof(VisitorProof newProof) {
        return new StartConversationCommand(channel, visitor, language, country, chatbot, firstMessage, newProof);
    }

    /** What the visitor tells about itself; all of it optional. */
    public record VisitorDetails(
            Optional<String> name,
            Optional<EmailAddress> email,
            Optional<ZoneId> timeZone,
            Optional<ContactId> contact,
            Optional<String> key) {
        public VisitorDetails {
            name = Require.present("visitor.name", name).filter(n -> !n.isBlank());
            Require.present("visitor.email", email);
            Require.present("visitor.timeZone", timeZone);
            Require.present("visitor.contactId", contact);
            Require.present("visitor.key", key);
        }
    }

    /** What a forwarding chatbot hands over: its answers and the expertise they call for. */
    public record Chatbot(List<ChatbotAnswer> answers, Set<ExpertiseName> expertise) {
        public static final Chatbot NONE = new Chatbot(List.of(), Set.of());

        public Chatbot {
            answers = List.copyOf(Require.present("chatbot.answers", answers));
            Require.that(answers.size() <= 50, "chatbot.answers", "at most 50");
            expertise = Set.copyOf(Require.present("chatbot.expertise", expertise));
        }
    }

    /** Builds a start step by step; what is not set is absent, and no proof is given. */
    public static final class Builder {
        private final ChannelId channel;
        private Optional<String> name = Optional.empty();
        private Optional<EmailAddress> email = Optional.empty();
        private Optional<ZoneId> timeZone = Optional.empty();
        private Optional<ContactId> contact = Optional.empty();
        private Optional<String> key = Optional.empty();
        private Optional<LanguageTag> language = Optional.empty();
        private Optional<CountryCode> country = Optional.empty();
        private Chatbot chatbot = Chatbot.NONE;
        private Optional<MessageBody> firstMessage = Optional.empty();
        private VisitorProof proof = VisitorProof.none();

        private Builder(ChannelId channel) {
            this.channel = channel;
        }

        /** The whole visitor part at once, for an adapter that read it as a group. */
        public Builder visitor(VisitorDetails visitor) {
            this.name = visitor.name();
            this.email = visitor.email();
            this.timeZone = visitor.timeZone();
            this.contact = visitor.contact();
            this.key = visitor.key();
            return this;
        }

        public Builder visitorName(String name) {
            this.name = Optional.of(name);
            return this;
        }

        public Builder visitorEmail(EmailAddress email) {
            this.email = Optional.of(email);
            return this;
        }

        public Builder visitorTimeZone(ZoneId zone) {
            this.timeZone = Optional.of(zone);
            return this;
        }

        /** The visitor's contact id; counts only with a proof. */
        public Builder contact(ContactId contact) {
            this.contact = Optional.of(contact);
            return this;
        }

        /** The browser's key, which finds the visitor's previous operator; counts only with a proof. */
        public Builder visitorKey(String key) {
            this.key = Optional.of(key);
            return this;
        }

        public Builder language(LanguageTag language) {
            return language(Optional.of(language));
        }

        /** The browser's preference, if it has one ({@code AcceptLanguage.preferred}). */
        public Builder language(Optional<LanguageTag> language) {
            this.language = language;
            return this;
        }

        public Builder country(CountryCode country) {
            return country(Optional.of(country));
        }

        public Builder country(Optional<CountryCode> country) {
            this.country = country;
            return this;
        }

        public Builder chatbot(List<ChatbotAnswer> answers, Set<ExpertiseName> expertise) {
            this.chatbot = new Chatbot(answers, expertise);
            return this;
        }

        public Builder firstMessage(MessageBody body) {
            return firstMessage(Optional.of(body));
        }

        public Builder firstMessage(Optional<MessageBody> body) {
            this.firstMessage = body;
            return this;
        }

        /** How the contact id or key is proven; without, a start that names one is refused. */
        public Builder proof(VisitorProof proof) {
            this.proof = proof;
            return this;
        }

        public StartConversationCommand build() {
            VisitorDetails visitor = new VisitorDetails(name, email, timeZone, contact, key);
            return new StartConversationCommand(channel, visitor, language, country, chatbot, firstMessage, proof);
        }
    }
}
