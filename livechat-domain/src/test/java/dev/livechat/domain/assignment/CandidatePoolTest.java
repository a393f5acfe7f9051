package dev.livechat.domain.assignment;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.CREATED;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CandidatePoolTest {
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private final AssignmentPolicy policy = new DefaultAssignmentPolicy();

    private static AssignmentRequest request(String language, String country, String... expertise) {
        return new AssignmentRequest(
                CHANNEL,
                SessionCap.byDefault(),
                Optional.ofNullable(language).map(LanguageTag::of),
                Optional.ofNullable(country).map(CountryCode::of),
                Set.of(expertise).stream().map(ExpertiseName::of).collect(java.util.stream.Collectors.toSet()),
                Optional.empty(),
                AT);
    }

    /** Seventy languages and kinds of expertise: past the 63rd, a value shares a bit and is checked on the operator. */
    private static List<Candidate> manyLanguagesAndExpertise() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 70; i++)
            candidates.add(operator("u" + i, "Operator " + i)
                    .createdAt(CREATED.plus(Duration.ofMinutes(i)))
                    .speaks("x" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "-BE")
                    .expertise("skill" + i, "common")
                    .withSessions(0));
        return candidates;
    }

    @Test
    void aLanguageAndAnExpertisePastTheSixtyThirdAreMatchedOnTheOperator() {
        List<Candidate> candidates = manyLanguagesAndExpertise();
        CandidatePool pool = CandidatePool.of(CHANNEL, candidates);

        Assignment late = policy.assign(request("xcq", null, "skill68"), pool);
        Assignment exact = policy.assign(request("xcq-BE", null, "Skill68", "common"), pool);
        Assignment early = policy.assign(request("xaf", null, "skill5"), pool);

        assertThat(late.operator()).contains(UserId.of("u68"));
        assertThat(late.rule()).isEqualTo(AssignmentRule.LANGUAGE_ALL_EXPERTISE);
        assertThat(exact.operator()).contains(UserId.of("u68"));
        assertThat(exact.rule()).isEqualTo(AssignmentRule.LANGUAGE_ALL_EXPERTISE);
        assertThat(exact.trace())
                .isEqualTo(policy.assign(request("xcq-BE", null, "Skill68", "common"), candidates)
                        .trace());
        assertThat(early.operator()).contains(UserId.of("u5"));
        assertThat(early.rule()).isEqualTo(AssignmentRule.LANGUAGE_ALL_EXPERTISE);
    }

    @Test
    void aPoolBuiltFromRowsMakesOnlyTheOperatorsTheTraceNames() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 1000; i++)
            candidates.add(operator("u" + i, "Operator " + i)
                    .createdAt(CREATED.plus(Duration.ofMinutes(i)))
                    .speaks(i % 3 == 0 ? "fr" : "en")
                    .presence(i % 7 == 0 ? Presence.AWAY : Presence.ONLINE)
                    .withSessions(i % 11, AT.minusSeconds(i)));
        AtomicInteger made = new AtomicInteger();
        CandidatePool.Builder rows = CandidatePool.builder(CHANNEL, 0);
        for (Candidate c : candidates)
            rows.add(
                    new CandidatePool.Member(
                            c.operator().id().value(),
                            c.operator().createdAt(),
                            true,
                            true,
                            c.operator().presence()),
                    new CandidatePool.Skills(c.operator().mainLanguage().value(), List.of(), null, List.of()),
                    new CandidatePool.Load(
                            c.ongoingSessions(), c.lastAssignedAt().orElseThrow()));
        CandidatePool pool = rows.build(i -> {
            made.incrementAndGet();
            return candidates.get(i);
        });

        Assignment fromRows = policy.assign(request("fr", null), pool);

        assertThat(fromRows).isEqualTo(policy.assign(request("fr", null), candidates));
        assertThat(made.get()).isLessThanOrEqualTo(12);
    }

    @Test
    void aPolicyWrittenAgainstTheListGetsThePoolAsTheList() {
        List<Candidate> candidates = manyLanguagesAndExpertise();
        List<List<Candidate>> given = new ArrayList<>();
        AssignmentPolicy listPolicy = (request, list) -> {
            given.add(List.copyOf(list));
            return Assignment.noOneAvailable(List.of("none"));
        };

        listPolicy.assign(request(null, null), CandidatePool.of(CHANNEL, candidates));

        assertThat(given).containsExactly(candidates);
    }

    @Test
    void theDefaultPolicyGivenAPoolAsAListDecidesAsOnThePool() {
        CandidatePool pool = CandidatePool.of(CHANNEL, manyLanguagesAndExpertise());
        AssignmentRequest request = request("xcq", null, "skill68");

        assertThat(policy.assign(request, pool.toList())).isEqualTo(policy.assign(request, pool));
    }

    @Test
    void aPoolOfAnotherChannelIsJudgedForTheRequestsChannel() {
        List<Candidate> candidates = List.of(
                operator("u1", "Ana").memberOf(ChannelId.of("c2")).withSessions(0),
                operator("u2", "Bo").withSessions(3));

        Assignment assignment = policy.assign(request(null, null), CandidatePool.of(ChannelId.of("c2"), candidates));

        assertThat(assignment).isEqualTo(policy.assign(request(null, null), candidates));
        assertThat(assignment.operator()).contains(UserId.of("u2"));
    }
}
