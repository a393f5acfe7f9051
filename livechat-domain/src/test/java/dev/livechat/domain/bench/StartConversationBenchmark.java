package dev.livechat.domain.bench;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole start-conversation use case as an embedder runs it: {@link LiveChat} over the
 * in-memory store, one channel (no cap) and 50 mixed operators. Each invocation starts from an
 * empty store and starts 10, 100 or 1000 conversations one after the other, a second apart; the
 * score is the average per start. Half the visitors are returning guests (a browser key), so the
 * previous-operator lookup runs too.
 *
 * <p>The in-memory store answers "candidates" by scanning every stored conversation, so the cost
 * per start grows with the store: the three sizes show by how much (10 is close to the use case's
 * own cost). A database answers the same
 * question with one indexed query.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StartConversationBenchmark {
    static final int OPERATORS = 50;
    private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
    private static final String[] LANGUAGES = {"fr-BE", "nl-BE", "en", "de", "es", "it"};
    private static final String[] COUNTRIES = {"BE", "FR", "NL", "DE"};
    private static final String[] EXPERTISE = {"billing", "shipping", "returns", "technical"};

    private final List<StartConversationCommand> commands = commands(1000);
    private MutableClock clock;
    private LiveChat chat;

    @Setup(Level.Invocation)
    public void emptyStore() {
        clock = new MutableClock(START);
        InMemoryStore store = new InMemoryStore(clock);
        store.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        new MixedOperators(7).operators(OPERATORS).forEach(store.operators()::save);
        chat = LiveChat.builder()
                .storage(store.ports())
                .mailer(new RecordingMailer())
                .clock(clock)
                .build();
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public void start10IntoEmptyStore(Blackhole blackhole) {
        startConversations(10, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public void start100IntoEmptyStore(Blackhole blackhole) {
        startConversations(100, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public void start1000IntoEmptyStore(Blackhole blackhole) {
        startConversations(1000, blackhole);
    }

    private void startConversations(int count, Blackhole blackhole) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            StartedConversation started = chat.start().start(commands.get(i));
            blackhole.consume(started);
        }
    }

    /** Varied visitors: language, country and expertise mixed; every other one a returning guest. */
    private static List<StartConversationCommand> commands(int count) {
        List<StartConversationCommand> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<ExpertiseName> expertise =
                    i % 3 == 0 ? Set.of() : Set.of(ExpertiseName.of(EXPERTISE[i % EXPERTISE.length]));
            StartConversationCommand.Builder start = StartConversationCommand.in(CHANNEL)
                    .visitorName("Visitor " + i)
                    .language(LanguageTag.of(LANGUAGES[i % LANGUAGES.length]))
                    .chatbot(List.of(), expertise)
                    .firstMessage(MessageBody.of("Hello, I have a question about my order."));
            if (i % 2 == 0) start.visitorKey("browser-" + (i % 40));
            if (i % 4 != 3) start.country(CountryCode.of(COUNTRIES[i % COUNTRIES.length]));
            commands.add(start.build());
        }
        return commands;
    }
}
