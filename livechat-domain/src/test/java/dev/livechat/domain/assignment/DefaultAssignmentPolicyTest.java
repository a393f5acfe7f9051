package dev.livechat.domain.assignment;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.CREATED;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultAssignmentPolicyTest {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    final AssignmentPolicy policy = new DefaultAssignmentPolicy();

    Assignment assign(Request request, Candidate... candidates) {
        return policy.assign(request.build(), List.of(candidates));
    }

    static Request visitor() {
        return new Request();
    }

    static Optional<UserId> id(String value) {
        return Optional.of(UserId.of(value));
    }

    static Instant ago(long seconds) {
        return NOW.minusSeconds(seconds);
    }

    @Nested
    class Candidates {
        @ParameterizedTest
        @EnumSource(
                value = Presence.class,
                names = {"AWAY", "OFFLINE"})
        void awayAndOfflineOperatorsAreNeverChosen(Presence presence) {
            Assignment assignment = assign(
                    visitor().language("fr"),
                    operator("u1", "Ana").speaks("fr").presence(presence).withSessions(0),
                    operator("u2", "Bob").withSessions(5));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): passed over, " + presence);
        }

        @Test
        void busyOperatorsCanBeChosen() {
            Assignment assignment = assign(
                    visitor(), operator("u1", "Ana").presence(Presence.BUSY).withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
        }

        @Test
        void operatorWhoIsNotAMemberOfTheChannelIsNeverChosen() {
            ChannelId other = ChannelId.of("c2");
            Assignment assignment = assign(
                    visitor().language("fr").previous("u1"),
                    operator("u1", "Ana").speaks("fr").memberOf(other).withSessions(0));

            assertThat(assignment.rule()).isEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
            assertThat(assignment.operator()).isEmpty();
            assertThat(assignment.trace()).contains("Ana (u1): passed over, not a member of channel c1");
        }

        @Test
        void userWithoutLiveChatAccessIsNeverChosen() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").role(Role.USER).withSessions(0),
                    operator("u2", "Bob").role(Role.LIVECHAT_MANAGER).withSessions(4));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): passed over, no live chat access (role USER)");
        }

        @Test
        void operatorAtTheCapIsPassedOver() {
            Assignment assignment = assign(
                    visitor().language("fr").cap(SessionCap.of(3)),
                    operator("u1", "Ana").speaks("fr").withSessions(3),
                    operator("u2", "Bob").withSessions(2));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): passed over, at the cap of 3 ongoing sessions");
        }

        @Test
        void operatorAtTheDefaultCapOfTenIsPassedOver() {
            Assignment assignment = assign(visitor(), operator("u3", "Carl").withSessions(10));

            assertThat(assignment.rule()).isEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
            assertThat(assignment.trace()).contains("Carl (u3): passed over, at the cap of 10 ongoing sessions");
        }

        @Test
        void operatorOverALoweredCapIsPassedOverWithItsCount() {
            Assignment assignment = assign(
                    visitor().cap(SessionCap.of(2)), operator("u1", "Ana").withSessions(5));

            assertThat(assignment.trace())
                    .contains("Ana (u1): passed over, over the cap of 2 ongoing sessions (has 5)");
        }

        @Test
        void unlimitedCapNeverPassesAnyoneOver() {
            Assignment assignment = assign(
                    visitor().cap(SessionCap.unlimited()), operator("u1", "Ana").withSessions(500));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.EVERYONE);
        }

        @Test
        void noCandidateMeansNoOneAvailable() {
            Assignment assignment = policy.assign(visitor().build(), List.of());

            assertThat(assignment.operator()).isEmpty();
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
            assertThat(assignment.trace()).containsExactly("No operator available in channel c1 (0 considered)");
        }

        @Test
        void noOneAvailableTraceSaysWhyEachMemberWasPassedOverNearestToAssignableFirst() {
            Assignment assignment = assign(
                    visitor().cap(SessionCap.of(1)),
                    operator("u1", "Ana").presence(Presence.AWAY).withSessions(0),
                    operator("u2", "Bob").presence(Presence.OFFLINE).withSessions(0),
                    operator("u3", "Carl").withSessions(1));

            assertThat(assignment.trace())
                    .containsExactly(
                            "No operator available in channel c1 (3 considered)",
                            "Carl (u3): passed over, at the cap of 1 ongoing session",
                            "Ana (u1): passed over, AWAY",
                            "Bob (u2): passed over, OFFLINE");
        }

        @Test
        void noOneAvailableAmongManyCountsThemByReasonAndNamesTheNearest() {
            Assignment assignment = assign(
                    visitor().cap(SessionCap.of(1)),
                    operator("u1", "Ana").presence(Presence.AWAY).withSessions(0),
                    operator("u2", "Bob").presence(Presence.OFFLINE).withSessions(0),
                    operator("u3", "Carl").withSessions(1),
                    operator("u4", "Dan").role(Role.USER).withSessions(0),
                    operator("u5", "Eve").withSessions(3));

            assertThat(assignment.trace())
                    .containsExactly(
                            "No operator available in channel c1 (5 considered)",
                            "5 passed over: 1 at the cap of 1 ongoing session, 1 over the cap of 1 ongoing session,"
                                    + " 1 AWAY, 1 OFFLINE, 1 without live chat access",
                            "Carl (u3): passed over, at the cap of 1 ongoing session",
                            "Eve (u5): passed over, over the cap of 1 ongoing session (has 3)",
                            "Ana (u1): passed over, AWAY");
        }
    }

    @Nested
    class PreviousOperator {
        @Test
        void previousOperatorWithOneSessionIsChosenBeforeAnyTier() {
            Assignment assignment = assign(
                    visitor().language("fr").previous("u1"),
                    operator("u1", "Ana").speaks("en").withSessions(1),
                    operator("u2", "Bob").speaks("fr").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.PREVIOUS_OPERATOR);
            assertThat(assignment.trace())
                    .containsExactly(
                            "Chose Ana (u1) by rule PREVIOUS_OPERATOR (the visitor's previous operator, 1 ongoing session)",
                            "Bob (u2): the visitor's previous operator comes first");
        }

        @Test
        void previousOperatorWithTwoSessionsIsNotChosen() {
            Assignment assignment = assign(
                    visitor().language("fr").previous("u1"),
                    operator("u1", "Ana").speaks("en").withSessions(2),
                    operator("u2", "Bob").speaks("fr").withSessions(6));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.LANGUAGE);
            assertThat(assignment.trace())
                    .contains("Previous operator Ana (u1) not chosen: 2 ongoing sessions, needs fewer than 2");
        }

        @Test
        void previousOperatorWithTwoSessionsStillCompetesInTheTiers() {
            Assignment assignment = assign(
                    visitor().language("fr").previous("u1"),
                    operator("u1", "Ana").speaks("fr").withSessions(2),
                    operator("u2", "Bob").speaks("en").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.LANGUAGE);
        }

        @Test
        void previousOperatorWhoIsAwayIsNotChosen() {
            Assignment assignment = assign(
                    visitor().previous("u1"),
                    operator("u1", "Ana").presence(Presence.AWAY).withSessions(0),
                    operator("u2", "Bob").withSessions(3));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains(
                            "Previous operator Ana (u1) is not an available candidate", "Ana (u1): passed over, AWAY");
        }

        @Test
        void previousOperatorWhoIsNoLongerAMemberIsNamedByIdOnly() {
            Assignment assignment =
                    assign(visitor().previous("u9"), operator("u2", "Bob").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Previous operator u9 is not an available candidate");
        }
    }

    @Nested
    class Tiers {
        /** One operator per tier; the better the tier, the heavier the load, to show tiers come first. */
        final Map<AssignmentRule, Candidate> bestOfEachTier = Map.of(
                AssignmentRule.LANGUAGE_ALL_EXPERTISE,
                        operator("t1", "Lang All")
                                .speaks("fr")
                                .expertise("Billing", "Refunds")
                                .withSessions(8),
                AssignmentRule.LANGUAGE_SOME_EXPERTISE,
                        operator("t2", "Lang Some")
                                .speaks("fr")
                                .expertise("Billing")
                                .withSessions(7),
                AssignmentRule.LANGUAGE,
                        operator("t3", "Lang").speaks("de", "fr").withSessions(6),
                AssignmentRule.COUNTRY_ALL_EXPERTISE,
                        operator("t4", "Country All")
                                .inCountry("BE")
                                .expertise("Billing", "Refunds")
                                .withSessions(5),
                AssignmentRule.COUNTRY_SOME_EXPERTISE,
                        operator("t5", "Country Some")
                                .inCountry("BE")
                                .expertise("Refunds")
                                .withSessions(4),
                AssignmentRule.COUNTRY,
                        operator("t6", "Country").inCountry("BE").withSessions(3),
                AssignmentRule.ALL_EXPERTISE,
                        operator("t7", "All")
                                .inCountry("NL")
                                .expertise("refunds", "BILLING", "Hardware")
                                .withSessions(2),
                AssignmentRule.SOME_EXPERTISE,
                        operator("t8", "Some").expertise("Billing").withSessions(1),
                AssignmentRule.EVERYONE, operator("t9", "Anyone").withSessions(0));

        final List<AssignmentRule> tierOrder = List.of(
                AssignmentRule.LANGUAGE_ALL_EXPERTISE,
                AssignmentRule.LANGUAGE_SOME_EXPERTISE,
                AssignmentRule.LANGUAGE,
                AssignmentRule.COUNTRY_ALL_EXPERTISE,
                AssignmentRule.COUNTRY_SOME_EXPERTISE,
                AssignmentRule.COUNTRY,
                AssignmentRule.ALL_EXPERTISE,
                AssignmentRule.SOME_EXPERTISE,
                AssignmentRule.EVERYONE);

        @ParameterizedTest
        @EnumSource(
                value = AssignmentRule.class,
                mode = EnumSource.Mode.EXCLUDE,
                names = {"PREVIOUS_OPERATOR", "NO_ONE_AVAILABLE", "MANUAL"})
        void firstNonEmptyTierWinsWhateverTheLoadOfLaterTiers(AssignmentRule tier) {
            Candidate[] fromThisTierOn = tierOrder.subList(tierOrder.indexOf(tier), tierOrder.size()).stream()
                    .map(bestOfEachTier::get)
                    .toArray(Candidate[]::new);

            Assignment assignment =
                    assign(visitor().language("fr-BE").country("BE").expertise("Billing", "Refunds"), fromThisTierOn);

            assertThat(assignment.rule()).isEqualTo(tier);
            assertThat(assignment.operator())
                    .contains(bestOfEachTier.get(tier).operator().id());
        }

        @Test
        void frenchSpeakerWithFiveSessionsBeatsEnglishSpeakerWithNoneForAFrenchVisitor() {
            Assignment assignment = assign(
                    visitor().language("fr"),
                    operator("u1", "Ana").speaks("en").withSessions(0),
                    operator("u2", "Bob").speaks("fr").withSessions(5));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.LANGUAGE);
            assertThat(assignment.trace()).contains("Ana (u1): outside tier LANGUAGE, does not speak fr");
        }

        @Test
        void languageMatchesOnThePrimarySubtagOfAnAdditionalLanguage() {
            Assignment assignment = assign(
                    visitor().language("fr-CA"),
                    operator("u1", "Ana").speaks("nl", "fr-BE").withSessions(3),
                    operator("u2", "Bob").speaks("en-CA").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.LANGUAGE);
        }

        @Test
        void languageTiersAreSkippedWhenTheVisitorGaveNoLanguage() {
            Assignment assignment = assign(
                    visitor().country("BE").expertise("Billing"),
                    operator("u1", "Ana").speaks("fr").expertise("Billing").withSessions(0),
                    operator("u2", "Bob").inCountry("BE").expertise("Billing").withSessions(3));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.COUNTRY_ALL_EXPERTISE);
        }

        @Test
        void countryTiersAreSkippedWhenTheCountryIsUnknown() {
            Assignment assignment = assign(
                    visitor().expertise("Billing"),
                    operator("u1", "Ana").inCountry("BE").withSessions(0),
                    operator("u2", "Bob").expertise("Billing").withSessions(3));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.ALL_EXPERTISE);
        }

        @Test
        void expertiseTiersAreSkippedWhenNoneIsRequired() {
            Assignment assignment = assign(
                    visitor().language("fr").country("BE"),
                    operator("u1", "Ana").speaks("fr").expertise("Billing").withSessions(2),
                    operator("u2", "Bob").speaks("fr").withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.LANGUAGE);
        }

        @Test
        void everyoneWinsWhenTheVisitorGaveNothing() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana")
                            .speaks("fr")
                            .inCountry("BE")
                            .expertise("Billing")
                            .withSessions(1),
                    operator("u2", "Bob").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.rule()).isEqualTo(AssignmentRule.EVERYONE);
            assertThat(assignment.trace())
                    .first()
                    .isEqualTo("Chose Bob (u2) by rule EVERYONE (every available operator)");
        }

        @Test
        void anOperatorInAnotherCountryIsOutsideTheCountryTier() {
            Assignment assignment = assign(
                    visitor().country("BE"),
                    operator("u1", "Ana").inCountry("FR").withSessions(0),
                    operator("u2", "Bob").withSessions(0),
                    operator("u3", "Carl").inCountry("be").withSessions(4));

            assertThat(assignment.operator()).isEqualTo(id("u3"));
            assertThat(assignment.trace())
                    .contains(
                            "Ana (u1): outside tier COUNTRY, not in country BE",
                            "Bob (u2): outside tier COUNTRY, not in country BE");
        }
    }

    @Nested
    class WithinTheTier {
        @Test
        void exactLanguageTagRanksBeforeAPrimarySubtagMatch() {
            Assignment assignment = assign(
                    visitor().language("fr-BE"),
                    operator("u1", "Ana").speaks("fr").withSessions(0),
                    operator("u2", "Bob").speaks("en", "fr-BE").withSessions(3));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains("Ana (u1): speaks fr but not exactly fr-BE (an exact match ranks first)");
        }

        @Test
        void primarySubtagMatchesCompeteOnLoadWhenNobodyMatchesExactly() {
            Assignment assignment = assign(
                    visitor().language("fr-CH"),
                    operator("u1", "Ana").speaks("fr").withSessions(2),
                    operator("u2", "Bob").speaks("fr-BE").withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): 2 ongoing sessions vs 1");
        }

        @Test
        void operatorAssignedInTheLast120SecondsIsLeftOut() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(0, ago(30)),
                    operator("u2", "Bob").withSessions(2));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): assigned 30 s ago (120 s rule)");
        }

        @Test
        void recentlyAssignedOperatorsAreKeptWhenLeavingThemOutWouldEmptyTheTier() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(1, ago(10)),
                    operator("u2", "Bob").withSessions(0, ago(60)));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains(
                            "Everyone in the tier was assigned in the last 120 s, so the 120 s rule is waived",
                            "Ana (u1): 1 ongoing session vs 0");
        }

        @Test
        void theRecentRuleLooksOnlyInsideTheWinningTier() {
            Assignment assignment = assign(
                    visitor().language("fr"),
                    operator("u1", "Ana").speaks("fr").withSessions(0, ago(5)),
                    operator("u2", "Bob").speaks("en").withSessions(0));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
        }

        @Test
        void anAssignmentExactly120SecondsAgoIsNoLongerRecent() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(0, ago(120)),
                    operator("u2", "Bob").withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
        }

        @Test
        void anAssignment119SecondsAgoIsStillRecent() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(0, ago(119)),
                    operator("u2", "Bob").withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): assigned 119 s ago (120 s rule)");
        }

        @Test
        void fewestOngoingSessionsWins() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(3),
                    operator("u2", "Bob").withSessions(1),
                    operator("u3", "Carl").withSessions(2));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains("Ana (u1): 3 ongoing sessions vs 1", "Carl (u3): 2 ongoing sessions vs 1");
        }

        @Test
        void equalLoadGoesToTheLeastRecentlyAssigned() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(1, ago(600)),
                    operator("u2", "Bob").withSessions(1, ago(3600)));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains("Ana (u1): assigned more recently (2025-06-01T11:50:00Z vs 2025-06-01T11:00:00Z)");
        }

        @Test
        void neverAssignedCountsAsLongestAgo() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana").withSessions(1, ago(86_400)),
                    operator("u2", "Bob").withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace()).contains("Ana (u1): assigned more recently (2025-05-31T12:00:00Z vs never)");
        }

        @Test
        void thenTheOperatorCreatedFirstWins() {
            Assignment assignment = assign(
                    visitor(),
                    operator("u1", "Ana")
                            .createdAt(CREATED.plus(Duration.ofDays(1)))
                            .withSessions(1),
                    operator("u2", "Bob").createdAt(CREATED).withSessions(1));

            assertThat(assignment.operator()).isEqualTo(id("u2"));
            assertThat(assignment.trace())
                    .contains("Ana (u1): created later (2024-01-02T00:00:00Z vs 2024-01-01T00:00:00Z)");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5})
        void theSameCandidatesInAnyOrderGiveTheSameAssignmentAndWinner(int rotation) {
            List<Candidate> candidates = new ArrayList<>(List.of(
                    operator("u3", "Carl").withSessions(1),
                    operator("u1", "Ana").withSessions(1),
                    operator("u2", "Bob").withSessions(1)));
            Collections.rotate(candidates, rotation % 3);
            if (rotation >= 3) Collections.reverse(candidates);

            Assignment assignment = policy.assign(visitor().build(), candidates);

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.trace())
                    .contains(
                            "Bob (u2): tied on load, last assignment and creation time; id u2 sorts after u1",
                            "Carl (u3): tied on load, last assignment and creation time; id u3 sorts after u1");
        }
    }

    @Nested
    class TheTrace {
        @Test
        void namesTheRuleAndTheChosenOperatorFirstThenCountsTheOthersByReasonThenNamesTheNearest() {
            Assignment assignment = assign(
                    visitor().language("fr").expertise("Billing"),
                    operator("u1", "Ana").speaks("fr").expertise("Billing").withSessions(1),
                    operator("u2", "Bob").speaks("en").withSessions(0),
                    operator("u3", "Carl").speaks("fr").withSessions(0),
                    operator("u4", "Dan").speaks("fr").expertise("Billing").withSessions(3),
                    operator("u5", "Eve")
                            .speaks("fr")
                            .expertise("Billing")
                            .presence(Presence.AWAY)
                            .withSessions(0),
                    operator("u6", "Fay").speaks("fr").expertise("Billing").withSessions(0, ago(30)));

            assertThat(assignment.operator()).isEqualTo(id("u1"));
            assertThat(assignment.trace())
                    .containsExactly(
                            "Chose Ana (u1) by rule LANGUAGE_ALL_EXPERTISE (speaks fr and has all of expertise Billing)",
                            "4 not chosen: 2 outside tier LANGUAGE_ALL_EXPERTISE, 1 assigned in the last 120 s,"
                                    + " 1 with more ongoing sessions",
                            "1 passed over: 1 AWAY",
                            "Dan (u4): 3 ongoing sessions vs 1",
                            "Fay (u6): assigned 30 s ago (120 s rule)",
                            "Carl (u3): outside tier LANGUAGE_ALL_EXPERTISE, lacks expertise Billing");
        }

        @Test
        void staysAFewLinesWhateverTheNumberOfCandidatesAndTheirOrder() {
            List<Candidate> channel = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                OperatorFixtures.Builder operator =
                        operator("u" + i, "Operator " + i).createdAt(CREATED.plus(Duration.ofMinutes(i)));
                if (i < 2000) channel.add(operator.presence(Presence.AWAY).withSessions(0));
                else if (i < 3000) channel.add(operator.speaks("fr").withSessions(10));
                else if (i < 6000) channel.add(operator.speaks("en").withSessions(0));
                else channel.add(operator.speaks("fr").withSessions(1 + i % 4));
            }
            List<String> expected = List.of(
                    "Chose Operator 6000 (u6000) by rule LANGUAGE (speaks fr)",
                    "6999 not chosen: 3000 outside tier LANGUAGE, 3000 with more ongoing sessions,"
                            + " 999 as loaded and as recently assigned, created later",
                    "3000 passed over: 1000 at the cap of 10 ongoing sessions, 2000 AWAY",
                    "Operator 6004 (u6004): created later (2024-01-05T04:04:00Z vs 2024-01-05T04:00:00Z)",
                    "Operator 6008 (u6008): created later (2024-01-05T04:08:00Z vs 2024-01-05T04:00:00Z)",
                    "Operator 6012 (u6012): created later (2024-01-05T04:12:00Z vs 2024-01-05T04:00:00Z)");

            assertThat(policy.assign(visitor().language("fr").build(), channel).trace())
                    .containsExactlyElementsOf(expected);
            Collections.shuffle(channel, new Random(7));
            assertThat(policy.assign(visitor().language("fr").build(), channel).trace())
                    .containsExactlyElementsOf(expected);
        }

        @Test
        void listsMissingExpertiseInAStableOrder() {
            Assignment assignment = assign(
                    visitor().expertise("Refunds", "Billing", "Hardware"),
                    operator("u1", "Ana").expertise("Hardware").withSessions(0),
                    operator("u2", "Bob").withSessions(0));

            assertThat(assignment.rule()).isEqualTo(AssignmentRule.SOME_EXPERTISE);
            assertThat(assignment.trace())
                    .containsExactly(
                            "Chose Ana (u1) by rule SOME_EXPERTISE (has some of expertise Billing, Hardware, Refunds)",
                            "Bob (u2): outside tier SOME_EXPERTISE, has none of expertise Billing, Hardware, Refunds");
        }

        @Test
        void isTheSameForTheSameInput() {
            Request request = visitor().language("fr").country("BE").expertise("Billing");
            Candidate[] candidates = {
                operator("u1", "Ana").speaks("fr").withSessions(1, ago(500)),
                operator("u2", "Bob").speaks("fr").withSessions(1, ago(400)),
                operator("u3", "Carl").inCountry("BE").withSessions(0)
            };

            assertThat(assign(request, candidates)).isEqualTo(assign(request, candidates));
        }
    }

    static final class Request {
        private SessionCap cap = SessionCap.byDefault();
        private Optional<LanguageTag> language = Optional.empty();
        private Optional<CountryCode> country = Optional.empty();
        private Set<ExpertiseName> expertise = Set.of();
        private Optional<UserId> previous = Optional.empty();

        Request cap(SessionCap cap) {
            this.cap = cap;
            return this;
        }

        Request language(String tag) {
            this.language = Optional.of(LanguageTag.of(tag));
            return this;
        }

        Request country(String code) {
            this.country = Optional.of(CountryCode.of(code));
            return this;
        }

        Request expertise(String... names) {
            this.expertise = Arrays.stream(names).map(ExpertiseName::of).collect(Collectors.toSet());
            return this;
        }

        Request previous(String id) {
            this.previous = Optional.of(UserId.of(id));
            return this;
        }

        AssignmentRequest build() {
            return new AssignmentRequest(CHANNEL, cap, language, country, expertise, previous, NOW);
        }
    }
}
