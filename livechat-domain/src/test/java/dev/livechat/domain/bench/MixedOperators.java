package dev.livechat.domain.bench;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.CREATED;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;

import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.fixtures.OperatorFixtures;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible, mixed population of operators for the benchmarks: several languages (some with a
 * region, some with a second language), countries or none, zero to two kinds of expertise, every
 * presence, a few without live chat access or outside the channel, and loads up to the default cap.
 * The same seed always gives the same operators, so that runs compare.
 */
final class MixedOperators {
    static final ChannelId OTHER_CHANNEL = ChannelId.of("c2");

    private static final String[] LANGUAGES = {"en", "en-GB", "fr", "fr-BE", "nl", "nl-BE", "de", "es"};
    private static final String[] COUNTRIES = {"BE", "FR", "NL", "DE", "ES"};
    private static final String[] EXPERTISE = {"billing", "shipping", "returns", "technical", "accounts"};

    private final Random random;

    MixedOperators(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} channel candidates with loads 0–10 and last assignments up to an hour before {@code at}. */
    List<Candidate> candidates(int count, Instant at) {
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OperatorFixtures.Builder builder = builder(i, true);
            int sessions = random.nextInt(11);
            candidates.add(
                    random.nextInt(10) < 3
                            ? builder.withSessions(sessions)
                            : builder.withSessions(sessions, at.minusSeconds(random.nextInt(3600))));
        }
        return candidates;
    }

    /** {@code count} operators of the channel, all with live chat access, most of them assignable. */
    List<Operator> operators(int count) {
        List<Operator> operators = new ArrayList<>(count);
        for (int i = 0; i < count; i++) operators.add(builder(i, false).build());
        return operators;
    }

    private OperatorFixtures.Builder builder(int i, boolean withOutsiders) {
        OperatorFixtures.Builder builder = operator("u" + i, "Operator " + i)
                .createdAt(CREATED.plus(Duration.ofMinutes(i)))
                .presence(presence())
                .expertise(expertise());
        String main = pick(LANGUAGES);
        if (random.nextInt(10) < 3) builder.speaks(main, pick(LANGUAGES));
        else builder.speaks(main);
        if (random.nextInt(5) > 0) builder.inCountry(pick(COUNTRIES));
        if (withOutsiders && random.nextInt(100) < 3) builder.role(Role.USER);
        if (withOutsiders && random.nextInt(10) == 0) builder.memberOf(OTHER_CHANNEL);
        else builder.memberOf(CHANNEL);
        return builder;
    }

    private Presence presence() {
        int roll = random.nextInt(100);
        if (roll < 70) return Presence.ONLINE;
        if (roll < 85) return Presence.BUSY;
        if (roll < 95) return Presence.AWAY;
        return Presence.OFFLINE;
    }

    private String[] expertise() {
        int count = random.nextInt(3);
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            String name = pick(EXPERTISE);
            if (!names.contains(name)) names.add(name);
        }
        return names.toArray(String[]::new);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
