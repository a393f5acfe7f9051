package dev.livechat.domain.bench;

import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.LanguageTag;
import java.util.Optional;
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
 * Picking the visitor's language from an {@code Accept-Language} header: a browser's header, a
 * long one just under the 4 KB limit whose every range outweighs the one before (so each is
 * parsed), and one as long whose every range is malformed (so each parse is refused).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AcceptLanguageBenchmark {
    static final String TYPICAL = "fr-BE,fr;q=0.9,en-US;q=0.8,en;q=0.7,nl;q=0.5";

    @Param({"typical", "long", "longMalformed"})
    String header;

    private String value;

    @Setup
    public void setUp() {
        value = switch (header) {
            case "typical" -> TYPICAL;
            case "long" -> rising(i -> "de-" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26));
            case "longMalformed" -> rising(i -> "de_" + i + "!");
            default -> throw new IllegalArgumentException(header);
        };
    }

    @Benchmark
    public Optional<LanguageTag> preferred() {
        return AcceptLanguage.preferred(value);
    }

    /** Ranges with rising weights (q=0.001, 0.002, …), as many as fit in the 4096-character limit. */
    private static String rising(java.util.function.IntFunction<String> range) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < 1000; i++) {
            String entry = (out.length() == 0 ? "" : ",") + range.apply(i) + ";q=0." + String.format("%03d", i);
            if (out.length() + entry.length() > 4096) break;
            out.append(entry);
        }
        return out.toString();
    }
}
