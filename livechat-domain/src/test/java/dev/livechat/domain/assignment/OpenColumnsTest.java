package dev.livechat.domain.assignment;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.operator.Presence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenColumnsTest {
    private final AssignmentPolicy byCodes = new DefaultAssignmentPolicy();
    private final AssignmentPolicy byMembers = new DefaultAssignmentPolicy(false);

    @Test
    void decidingByTheCodedColumnsGivesTheSameAssignmentAndTraceAsMemberByMember() {
        int coded = 0;
        for (int seed = 0; seed < 400; seed++) {
            RandomChannels channels = new RandomChannels(seed);
            List<Candidate> candidates = channels.candidates(seed % 7 == 0 ? seed % 5 : 1 + seed % 150);
            CandidatePool pool = CandidatePool.of(CHANNEL, candidates);
            if (pool.open.codes != null) coded++;
            for (int visitor = 0; visitor < 5; visitor++) {
                AssignmentRequest request = channels.request(candidates.size());

                assertThat(byCodes.assign(request, pool))
                        .as("seed %d, visitor %d: %s", seed, visitor, request)
                        .isEqualTo(byMembers.assign(request, pool));
            }
        }
        assertThat(coded).isEqualTo(400);
    }

    @Test
    void membersWithTheSameSkillsShareTheirCodesInThePassOrder() {
        List<Candidate> candidates = List.of(
                operator("u1", "Ana")
                        .speaks("fr-BE", "nl")
                        .inCountry("BE")
                        .expertise("billing")
                        .withSessions(0),
                operator("u2", "Bo").presence(Presence.AWAY).withSessions(0),
                operator("u3", "Cy")
                        .speaks("fr-BE", "nl")
                        .inCountry("BE")
                        .expertise("Billing")
                        .withSessions(4),
                operator("u4", "Di")
                        .speaks("fr-BE")
                        .inCountry("BE")
                        .expertise("billing")
                        .withSessions(1));

        OpenColumns open = CandidatePool.of(CHANNEL, candidates).open;

        assertThat(open.members).containsExactly(0, 2, 3);
        assertThat(open.sessions).containsExactly(0, 4, 1);
        assertThat(open.codes[0]).isEqualTo(open.codes[1]);
        assertThat(open.codes[2]).isNotEqualTo(open.codes[0]);
        assertThat(open.codes[2] >>> OpenColumns.COUNTRY_SHIFT).isEqualTo(open.codes[0] >>> OpenColumns.COUNTRY_SHIFT);
        assertThat(open.speaks).hasSize(2);
        assertThat(open.expertise).hasSize(1);
    }

    @Test
    void aPoolWithALanguagePastTheSixtyThirdIsNotCodedAndStillDecides() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 70; i++)
            candidates.add(operator("u" + i, "Operator " + i)
                    .speaks("x" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
                    .withSessions(i % 3));
        CandidatePool pool = CandidatePool.of(CHANNEL, candidates);
        AssignmentRequest request = new RandomChannels(1).request(70);

        assertThat(pool.open.codes).isNull();
        assertThat(byCodes.assign(request, pool)).isEqualTo(byMembers.assign(request, pool));
    }
}
