package dev.livechat.domain.assignment;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.CREATED;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.OperatorFixtures;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random channels and visitors that reach every corner of the rules: few values of each
 * skill (so that many members tie on tier and load), loads around the cap, last assignments on
 * both sides of the 120 s window and exactly on it, twins in creation time, ids listed twice,
 * previous operators present, absent, capped or away. The same seed gives the same channel.
 */
final class RandomChannels {
    static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    private static final String[] LANGUAGES = {"en", "en-GB", "fr", "fr-BE", "nl", "nl-BE", "de"};
    private static final String[] COUNTRIES = {"BE", "FR", "NL"};
    private static final String[] EXPERTISE = {"billing", "shipping", "returns", "technical"};

    private final Random random;

    RandomChannels(long seed) {
        random = new Random(seed);
    }

    List<Candidate> candidates(int count) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "u" + (random.nextInt(20) == 0 ? random.nextInt(i + 1) : i);
            OperatorFixtures.Builder builder = operator(id, "Operator " + i)
                    .createdAt(CREATED.plus(Duration.ofMinutes(random.nextInt(count + 1))))
                    .presence(Presence.values()[random.nextInt(Presence.values().length)])
                    .expertise(pickSome(EXPERTISE).toArray(String[]::new));
            String main = pick(LANGUAGES);
            if (random.nextInt(4) == 0) builder.speaks(main, pick(LANGUAGES));
            else builder.speaks(main);
            if (random.nextInt(4) > 0) builder.inCountry(pick(COUNTRIES));
            if (random.nextInt(30) == 0) builder.role(Role.USER);
            builder.memberOf(random.nextInt(15) == 0 ? ChannelId.of("c2") : CHANNEL);
            int sessions = random.nextInt(6);
            candidates.add(
                    random.nextInt(4) == 0
                            ? builder.withSessions(sessions)
                            : builder.withSessions(sessions, lastAssignment()));
        }
        return candidates;
    }

    /** Half within the 120 s window or on its edge, to the nanosecond. */
    private Instant lastAssignment() {
        Instant edge = AT.minus(TierRanking.RECENT);
        return switch (random.nextInt(6)) {
            case 0 -> edge;
            case 1 -> edge.plusNanos(1 + random.nextInt(3));
            case 2 -> edge.minusNanos(1 + random.nextInt(3));
            case 3 -> AT.minusSeconds(random.nextInt(120));
            default -> AT.minusSeconds(random.nextInt(600));
        };
    }

    AssignmentRequest request(int channelSize) {
        Set<ExpertiseName> expertise = new HashSet<>();
        for (String name : pickSome(EXPERTISE)) expertise.add(ExpertiseName.of(name));
        if (random.nextInt(8) == 0) expertise.add(ExpertiseName.of("nobody-has-it"));
        return new AssignmentRequest(
                CHANNEL,
                random.nextInt(4) == 0 ? SessionCap.unlimited() : SessionCap.of(1 + random.nextInt(5)),
                random.nextInt(3) == 0 ? Optional.empty() : Optional.of(LanguageTag.of(pick(LANGUAGES))),
                random.nextInt(2) == 0 ? Optional.empty() : Optional.of(CountryCode.of(pick(COUNTRIES))),
                expertise,
                random.nextInt(3) == 0
                        ? Optional.of(UserId.of("u" + random.nextInt(channelSize + 2)))
                        : Optional.empty(),
                AT);
    }

    private List<String> pickSome(String[] values) {
        List<String> picked = new ArrayList<>();
        for (String value : values) if (random.nextInt(3) == 0) picked.add(value);
        return picked;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
