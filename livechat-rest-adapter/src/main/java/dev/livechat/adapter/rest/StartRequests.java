package dev.livechat.adapter.rest;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartConversationCommand.VisitorDetails;
import dev.livechat.domain.port.in.VisitorProof;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start of a conversation, from the request: the body, the browser's {@code Accept-Language}
 * (its highest-weighted language), and the country from the body, else from the trusted header a
 * proxy or GeoIP layer sets, else none.
 */
final class StartRequests {
    private static final Requests.VisitorPart NO_VISITOR =
            new Requests.VisitorPart(null, null, null, null, null, null, null);
    private static final Requests.Chatbot NO_CHATBOT = new Requests.Chatbot(List.of(), List.of());

    private final Optional<String> countryHeader;

    StartRequests(Optional<String> countryHeader) {
        this.countryHeader = countryHeader;
    }

    StartConversationCommand command(Requests.Start body, Context ctx) {
        Input in = new Input();
        Requests.VisitorPart visitor = body.visitor() == null ? NO_VISITOR : body.visitor();
        Requests.Chatbot chatbot = body.chatbot() == null ? NO_CHATBOT : body.chatbot();
        ChannelId channel = in.required("channelId", body.channelId(), ChannelId::of);
        var email = in.optional("visitor.email", visitor.email(), EmailAddress::of);
        var zone = in.optional("visitor.timeZone", visitor.timeZone(), Input::zone);
        var contact = in.optional("visitor.contactId", visitor.contactId(), ContactId::of);
        var key = in.optional("visitor.key", visitor.key(), k -> Require.id("visitor.key", k));
        var country = in.optional("country", body.country(), CountryCode::of);
        var answers = answers(in, chatbot.answers());
        var expertise = in.each("chatbot.expertise", chatbot.expertise(), ExpertiseName::of);
        var message = in.optional("message", body.message(), MessageBody::of);
        in.check();
        return StartConversationCommand.in(channel)
                .visitor(new VisitorDetails(Optional.ofNullable(visitor.name()), email, zone, contact, key))
                .language(AcceptLanguage.preferred(ctx.header("Accept-Language")))
                .country(country.or(() -> trustedCountry(ctx)))
                .chatbot(answers, expertise)
                .firstMessage(message)
                .proof(VisitorProof.hashes(
                        Optional.ofNullable(visitor.contactIdHash()), Optional.ofNullable(visitor.keyHash())))
                .build();
    }

    private static List<ChatbotAnswer> answers(Input in, List<Requests.Answer> raw) {
        List<ChatbotAnswer> answers = new ArrayList<>();
        if (raw == null) return answers;
        for (int i = 0; i < raw.size(); i++) {
            Requests.Answer a = raw.get(i);
            String at = "chatbot.answers[" + i + "]";
            if (a == null) in.error(at, "is required");
            else {
                ChatbotAnswer answer = in.nested(at, () -> new ChatbotAnswer(a.question(), a.answer()));
                if (answer != null) answers.add(answer);
            }
        }
        return answers;
    }

    /** What the proxy says; a value that is no country ("XX", "T1" for Tor) counts as none. */
    private Optional<CountryCode> trustedCountry(Context ctx) {
        return countryHeader.map(ctx::header).flatMap(value -> {
            try {
                return Optional.of(CountryCode.of(value));
            } catch (RuntimeException notACountry) {
                return Optional.empty();
            }
        });
    }
}
