package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.OperatorFixtures;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.fixtures.RecordingPublisher;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartConversationCommand.VisitorDetails;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.VisitorProof;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The domain wired on the in-memory fakes, as an embedder would: one store, a clock the test
 * moves, a mailer and a publisher that record. Channel {@link OperatorFixtures#CHANNEL} ("Website
 * support", default cap) exists; operators are added by the test.
 */
final class World {
    static final Instant START = Instant.parse("2025-06-02T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryStore store = new InMemoryStore(clock);
    final RecordingMailer mailer = new RecordingMailer();
    final RecordingPublisher publisher = new RecordingPublisher();
    final LiveChat chat;

    World() {
        this(builder -> builder);
    }

    World(UnaryOperator<LiveChat.Builder> customise) {
        chat = customise
                .apply(LiveChat.builder()
                        .storage(store.ports())
                        .mailer(mailer)
                        .publisher(publisher)
                        .clock(clock))
                .build();
        channel(CHANNEL, "Website support", SessionCap.byDefault());
    }

    Channel channel(ChannelId id, String name, SessionCap cap) {
        Channel channel = new Channel(id, name, cap);
        store.catalogue().save(channel);
        return channel;
    }

    Operator add(OperatorFixtures.Builder operator) {
        Operator saved = operator.build();
        store.operators().save(saved);
        return saved;
    }

    static Caller as(Operator user) {
        return Caller.user(user);
    }

    Instant later(Duration duration) {
        return clock.advance(duration);
    }

    Instant laterMinutes(long minutes) {
        return later(Duration.ofMinutes(minutes));
    }

    // ---- visitors ----

    static Visit visitor(String name) {
        return new Visit(name);
    }

    StartedConversation start(Visit visit) {
        return chat.start().start(visit.command());
    }

    /** The caller a visitor's token authenticates as. */
    Caller visitorOf(StartedConversation started) {
        return chat.authenticate().authenticate(started.visitorToken()).orElseThrow();
    }

    // ---- acting ----

    Message visitorWrites(StartedConversation started, String text) {
        return chat.postVisitorMessage()
                .postVisitorMessage(new PostMessageCommand(
                        visitorOf(started), started.conversation().id(), MessageBody.of(text)));
    }

    Message operatorWrites(Operator operator, ConversationId id, String text) {
        return chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(as(operator), id, MessageBody.of(text)));
    }

    ConversationState status(Operator operator, ConversationId id, ConversationStatus status) {
        return chat.changeStatus().changeStatus(new ChangeStatusCommand(as(operator), id, status));
    }

    ConversationState join(Operator operator, ConversationId id) {
        return chat.join().join(new ConversationCommand(as(operator), id));
    }

    ConversationState close(Caller caller, ConversationId id) {
        return chat.close().close(new ConversationCommand(caller, id));
    }

    // ---- reading what is stored ----

    ConversationState stored(ConversationId id) {
        return store.conversations().load(id).orElseThrow().state();
    }

    List<Message> messages(ConversationId id) {
        return store.conversations().messagesAfter(id, 0, 1000);
    }

    /** The stored events of one conversation, in order. */
    List<EventRecord> history(ConversationId id) {
        return store.events().after(0, 100_000).stream()
                .filter(e -> e.conversationId().equals(id))
                .toList();
    }

    List<String> historyTypes(ConversationId id) {
        return history(id).stream().map(e -> e.type().wireName()).toList();
    }

    List<String> publishedTypes(ConversationId id) {
        return publisher.published().stream()
                .filter(e -> e.conversationId().equals(id))
                .map(e -> e.type().wireName())
                .toList();
    }

    /** A StartConversationCommand with defaults: a named guest in {@link OperatorFixtures#CHANNEL}. */
    static final class Visit {
        private ChannelId channel = CHANNEL;
        private final String name;
        private Optional<EmailAddress> email = Optional.empty();
        private Optional<ZoneId> zone = Optional.empty();
        private Optional<ContactId> contact = Optional.empty();
        private Optional<String> key = Optional.empty();
        private Optional<LanguageTag> language = Optional.empty();
        private Optional<CountryCode> country = Optional.empty();
        private final List<ChatbotAnswer> answers = new ArrayList<>();
        private Set<ExpertiseName> expertise = Set.of();
        private Optional<MessageBody> first = Optional.empty();

        private Visit(String name) {
            this.name = name;
        }

        Visit in(ChannelId channel) {
            this.channel = channel;
            return this;
        }

        Visit email(String address) {
            this.email = Optional.of(EmailAddress.of(address));
            return this;
        }

        Visit zone(String zone) {
            this.zone = Optional.of(ZoneId.of(zone));
            return this;
        }

        Visit contact(ContactId contact) {
            this.contact = Optional.of(contact);
            return this;
        }

        Visit key(String key) {
            this.key = Optional.of(key);
            return this;
        }

        Visit language(LanguageTag language) {
            this.language = Optional.of(language);
            return this;
        }

        Visit language(String language) {
            return language(LanguageTag.of(language));
        }

        Visit country(String country) {
            this.country = Optional.of(CountryCode.of(country));
            return this;
        }

        Visit answered(String question, String answer) {
            answers.add(new ChatbotAnswer(question, answer));
            return this;
        }

        Visit expertise(String... names) {
            this.expertise = Arrays.stream(names).map(ExpertiseName::of).collect(Collectors.toSet());
            return this;
        }

        private VisitorProof proof = VisitorProof.vouched();

        Visit saying(String text) {
            this.first = Optional.of(MessageBody.of(text));
            return this;
        }

        StartConversationCommand command() {
            return StartConversationCommand.in(channel)
                    .visitor(new VisitorDetails(Optional.of(name), email, zone, contact, key))
                    .language(language)
                    .country(country)
                    .chatbot(answers, expertise)
                    .firstMessage(first)
                    .proof(proof)
                    .build();
        }

        /** How the visit proves its contact or key; by default the test vouches, as an in-process embedder may. */
        Visit proof(VisitorProof proof) {
            this.proof = proof;
            return this;
        }
    }
}
