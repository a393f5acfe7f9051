package dev.livechat.domain.scenario;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.fixtures.RecordingPublisher;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.OperatorRef;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.ListConversationsCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.ReadMessagesCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.port.in.VisitorProof;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The seed's story (seed/000_4e2b3b7672e702ac.txt, the Odoo Live Chat "information panel" page),
 * end to end, through the inbound ports only, on the in-memory adapters an embedder would use.
 */
class SeedStoryTest {

    @Test
    void aFrenchSpeakingVisitorFromTheChatbotIsHelpedByTwoOperatorsAndGetsTheTranscript() {
        // ---- The stage: a support channel, two operators in it, and a colleague outside it ----
        MutableClock clock = MutableClock.at("2025-06-02T09:00:00Z");
        InMemoryStore store = new InMemoryStore(clock);
        RecordingMailer mailer = new RecordingMailer();
        RecordingPublisher publisher = new RecordingPublisher();
        LiveChat chat = LiveChat.builder()
                .storage(store.ports())
                .mailer(mailer)
                .publisher(publisher)
                .clock(clock)
                .build();
        store.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.byDefault()));
        // Emma speaks English and was created first: on a tie she would be chosen.
        Operator emma = operator("u1", "Emma").speaks("en").inCountry("GB").build();
        // Zoé speaks French.
        Operator zoe = operator("u2", "Zoé").speaks("fr", "en").build();
        // Marc knows billing, but is a member of no channel and is not even online.
        Operator marc = operator("u3", "Marc")
                .speaks("fr")
                .expertise("Billing")
                .memberOf()
                .presence(Presence.OFFLINE)
                .build();
        List.of(emma, zoe, marc).forEach(store.operators()::save);

        // ---- A visitor's browser asks for Belgian French; a chatbot forwards the chat ----
        // The language is the browser's preference: the highest-weighted range of Accept-Language.
        Optional<LanguageTag> language = AcceptLanguage.preferred("fr-BE,fr;q=0.9,en;q=0.5");
        assertThat(language).contains(LanguageTag.of("fr-BE"));
        // The bot asked two questions and concluded the visitor needs the Billing expertise.
        List<ChatbotAnswer> answers = List.of(
                new ChatbotAnswer("Quel est le sujet ?", "Ma facture"),
                new ChatbotAnswer("Avez-vous un numéro de commande ?", "Oui"));
        StartedConversation started = chat.start()
                .start(StartConversationCommand.in(CHANNEL)
                        .visitorName("Claire")
                        .visitorEmail(EmailAddress.of("claire@example.be"))
                        .visitorTimeZone(ZoneId.of("Europe/Brussels"))
                        .visitorKey("browser-claire")
                        .language(language)
                        .country(CountryCode.of("BE"))
                        .chatbot(answers, Set.of(ExpertiseName.of("Billing")))
                        .firstMessage(MessageBody.of("Bonjour, ma facture est fausse."))
                        // the embedder's own website signed Claire's browser key, in process
                        .proof(VisitorProof.vouched())
                        .build());
        ConversationId id = started.conversation().id();
        // The visitor's token is all the visitor holds; it authenticates as this conversation only.
        Caller claire = chat.authenticate().authenticate(started.visitorToken()).orElseThrow();
        assertThat(claire).isEqualTo(Caller.visitor(id));

        // ---- She is assigned the French-speaking operator, and the trace says why not Emma ----
        ConversationState state = started.conversation();
        assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
        assertThat(state.participants().present()).extracting(p -> p.name()).containsExactly("Zoé");
        assertThat(state.assignment().rule()).isEqualTo(AssignmentRule.LANGUAGE);
        assertThat(state.assignment().trace().get(0)).startsWith("Chose Zoé (u2) by rule LANGUAGE");
        assertThat(state.assignment().trace())
                .anySatisfy(line -> assertThat(line).startsWith("Emma (u1): outside tier"));
        Caller asZoe = Caller.user(zoe);

        // ---- Zoé answers, and waits for the customer (by hand: nothing else sets it) ----
        clock.advance(Duration.ofMinutes(1));
        chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(
                        asZoe, id, MessageBody.of("Bonjour Claire, quel est le numéro de la facture ?")));
        assertThat(chat.changeStatus()
                        .changeStatus(new ChangeStatusCommand(asZoe, id, ConversationStatus.WAITING_FOR_CUSTOMER))
                        .status())
                .contains(ConversationStatus.WAITING_FOR_CUSTOMER);

        // ---- The customer replies: back to In progress, as the seed's tip says ----
        clock.advance(Duration.ofMinutes(3));
        chat.postVisitorMessage()
                .postVisitorMessage(new PostMessageCommand(claire, id, MessageBody.of("C'est la F-2025-0042.")));
        assertThat(store.conversations().load(id).orElseThrow().state().status())
                .contains(ConversationStatus.IN_PROGRESS);

        // ---- Zoé is stuck on a billing question: she asks for help ----
        clock.advance(Duration.ofMinutes(1));
        ConversationState lookingForHelp = chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(asZoe, id, ConversationStatus.LOOKING_FOR_HELP));
        assertThat(lookingForHelp.lifecycle().helpRequestedAt()).contains(clock.instant());

        // ---- Marc, in no channel, sees it in the Looking for help queue, with the star ----
        Caller asMarc = Caller.user(marc);
        List<ConversationSummary> queue = chat.list()
                .list(new ListConversationsCommand(
                        asMarc,
                        Optional.of(ConversationStatus.LOOKING_FOR_HELP),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        50));
        assertThat(queue)
                .extracting(ConversationSummary::id, ConversationSummary::matchesMyExpertise)
                .containsExactly(tuple(id, true));
        // Emma sees it too, without the star: she has no Billing expertise.
        assertThat(chat.list()
                        .list(new ListConversationsCommand(
                                Caller.user(emma),
                                Optional.of(ConversationStatus.LOOKING_FOR_HELP),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                50)))
                .extracting(ConversationSummary::matchesMyExpertise)
                .containsExactly(false);

        // ---- Marc joins: back under its channel, In progress, and the visitor is told ----
        clock.advance(Duration.ofMinutes(2));
        ConversationState joined = chat.join().join(new ConversationCommand(asMarc, id));
        assertThat(joined.status()).contains(ConversationStatus.IN_PROGRESS);
        assertThat(joined.participants().present()).extracting(p -> p.name()).containsExactly("Zoé", "Marc");
        List<Message> seenByClaire = chat.messages().messages(new ReadMessagesCommand(claire, id, 0, 100));
        assertThat(seenByClaire)
                .extracting(Message::authorKind, m -> m.body().value())
                .last()
                .isEqualTo(tuple(AuthorKind.SYSTEM, "Marc joined the conversation"));
        chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(
                        asMarc, id, MessageBody.of("J'ai corrigé la facture, vous recevrez un avoir.")));
        chat.postVisitorMessage().postVisitorMessage(new PostMessageCommand(claire, id, MessageBody.of("Merci !")));

        // ---- Notes and tags, for the next operator and for reporting ----
        chat.editNote().editNote(new EditNoteCommand(asMarc, id, "Facture F-2025-0042 corrigée, avoir envoyé."));
        chat.tags().addTag(new TagCommand(asZoe, id, TagName.of("Facturation")));
        chat.tags().addTag(new TagCommand(asMarc, id, TagName.of("Avoir")));

        // ---- Marc closes: two operators took part, so the outcome is Escalated ----
        clock.advance(Duration.ofMinutes(5));
        ConversationState closed = chat.close().close(new ConversationCommand(asMarc, id));
        assertThat(closed.status()).isEmpty();
        assertThat(closed.lifecycle().outcome()).contains(Outcome.ESCALATED);
        assertThat(closed.history())
                .extracting(t -> t.from().map(Enum::name).orElse("—") + " → "
                        + t.to().map(Enum::name).orElse("closed"))
                .containsExactly(
                        "— → IN_PROGRESS",
                        "IN_PROGRESS → WAITING_FOR_CUSTOMER",
                        "WAITING_FOR_CUSTOMER → IN_PROGRESS",
                        "IN_PROGRESS → LOOKING_FOR_HELP",
                        "LOOKING_FOR_HELP → IN_PROGRESS",
                        "IN_PROGRESS → closed");

        // ---- The information panel shows it all, in one read ----
        Panel panel = chat.panel().panel(new ConversationCommand(Caller.user(emma), id));
        assertThat(panel.opening().visitor().name()).isEqualTo("Claire");
        assertThat(panel.lifecycle().outcome()).contains(Outcome.ESCALATED);
        assertThat(panel.lifecycle().closedAt()).contains(clock.instant());
        assertThat(panel.annotations().note())
                .hasValueSatisfying(note -> assertThat(note.editorName()).isEqualTo("Marc"));
        assertThat(panel.annotations().sortedTags()).extracting(TagName::value).containsExactly("Avoir", "Facturation");
        assertThat(panel.opening().chatbotAnswers()).isEqualTo(answers);
        assertThat(panel.annotations().sortedExpertise()).containsExactly(ExpertiseName.of("Billing"));
        assertThat(panel.opening().country()).contains(CountryCode.of("BE"));
        assertThat(panel.opening().language()).contains(LanguageTag.of("fr-BE"));
        assertThat(panel.operators())
                .containsExactly(new OperatorRef(zoe.id(), "Zoé"), new OperatorRef(marc.id(), "Marc"));
        assertThat(panel.channel().name()).isEqualTo("Website support");
        assertThat(panel.background().transcriptEmail()).contains(EmailAddress.of("claire@example.be"));

        // ---- "Send conversation": recorded first, then sent by the worker, once ----
        TranscriptRequest request = chat.transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        asMarc,
                        id,
                        panel.background().transcriptEmail().orElseThrow(),
                        Optional.of(new IdempotencyKey("send-1"))));
        assertThat(request.state()).isEqualTo(TranscriptState.PENDING);
        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);
        assertThat(mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(EmailAddress.of("claire@example.be"));
            assertThat(mail.transcript().subject()).isEqualTo("Conversation with Zoé, Marc");
            assertThat(mail.transcript().zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
            assertThat(mail.transcript().messages())
                    .extracting(m -> m.body().value())
                    .contains("Merci !");
        });
        assertThat(store.transcripts().find(request.id()).orElseThrow().state()).isEqualTo(TranscriptState.SENT);

        // ---- Everything that happened is in the conversation's history, numbered 1, 2, 3 … ----
        var history = store.events().after(0, 1000).stream()
                .filter(e -> e.conversationId().equals(id))
                .toList();
        assertThat(history)
                .extracting(e -> e.seq())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, history.size()).boxed().toList());
        assertThat(history)
                .extracting(e -> e.type().wireName())
                .containsSubsequence(
                        "conversation.started",
                        "operator.assigned",
                        "status.changed",
                        "status.changed",
                        "status.changed",
                        "conversation.joined",
                        "note.edited",
                        "tags.changed",
                        "conversation.closed",
                        "transcript.state",
                        "transcript.state");
        assertThat(publisher.published()).hasSameSizeAs(history);
    }
}
