package dev.livechat.domain.bench;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.AssignmentRequest;
import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.assignment.DefaultAssignmentPolicy;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default assignment policy over a mixed channel of 10 to 10,000 candidates: a visitor who
 * gave a language, a country and two kinds of expertise (every tier is tried until one is
 * non-empty), and one who gave nothing (straight to the EVERYONE tier). The goal is 10,000
 * candidates under 50 µs, trace included.
 *
 * <p>{@code shape=pool} decides on a {@link CandidatePool} built once, as the storage ports give
 * it; {@code shape=list} on the list of {@link Candidate}s, as a policy written against the list
 * gets it (the default policy then builds the pool on every call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssignmentPolicyBenchmark {
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    @Param({"10", "100", "1000", "10000"})
    int candidates;

    @Param({"pool", "list"})
    String shape;

    private final AssignmentPolicy policy = new DefaultAssignmentPolicy();
    private List<Candidate> channel;
    private CandidatePool pool;
    private AssignmentRequest withPreferences;
    private AssignmentRequest withoutPreferences;

    @Setup
    public void setUp() {
        channel = List.copyOf(new MixedOperators(42).candidates(candidates, AT));
        pool = CandidatePool.of(CHANNEL, channel);
        withPreferences = new AssignmentRequest(
                CHANNEL,
                SessionCap.byDefault(),
                Optional.of(LanguageTag.of("fr-BE")),
                Optional.of(CountryCode.of("BE")),
                Set.of(ExpertiseName.of("billing"), ExpertiseName.of("returns")),
                Optional.empty(),
                AT);
        withoutPreferences = new AssignmentRequest(
                CHANNEL, SessionCap.byDefault(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), AT);
    }

    @Benchmark
    public Assignment visitorWithLanguageCountryAndExpertise() {
        return shape.equals("pool") ? policy.assign(withPreferences, pool) : policy.assign(withPreferences, channel);
    }

    @Benchmark
    public Assignment visitorWithoutPreferences() {
        return shape.equals("pool")
                ? policy.assign(withoutPreferences, pool)
                : policy.assign(withoutPreferences, channel);
    }
}
