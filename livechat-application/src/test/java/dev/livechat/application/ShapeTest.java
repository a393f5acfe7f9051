package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measures a contributor's review repeats (docs/extending.md, "Shape"): small main classes,
 * short constructors at the public API, narrow storage adapters. Each lists every offender, so a
 * failure says what to split.
 */
class ShapeTest {
    static final int MAX_LINES = 300;
    /**
     * The domain's facade: one four-line accessor per use case and one setter per port of its
     * builder, no logic. It grows by a few lines with every use case; splitting it would only move
     * the list elsewhere.
     */
    static final int MAX_FACADE_LINES = 360;

    static final String FACADE = "/dev/livechat/domain/LiveChat.java";
    static final int MAX_POSITIONAL_PARAMETERS = 8;
    static final int MAX_OUTBOUND_PORTS = 3;

    private static JavaClasses production;

    @BeforeAll
    static void importEverything() {
        production = ArchitectureTest.productionClasses();
    }

    @Test
    void noMainSourceFileIsLongerThan300Lines() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > (p.toString().endsWith(FACADE) ? MAX_FACADE_LINES : MAX_LINES))
                    .map(p -> root.relativize(p) + " (" + lines(p) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noPublicConstructorTakesMoreThanEightPositionalParameters() {
        List<String> offenders = production.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(c -> c.getConstructors().stream())
                .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(k -> k.getRawParameterTypes().size() > MAX_POSITIONAL_PARAMETERS)
                .map(ShapeTest::describe)
                .sorted()
                .toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void noClassImplementsMoreThanThreeOutboundPorts() {
        List<String> offenders = production.stream()
                .filter(c -> !c.isInterface())
                .filter(c -> outboundPorts(c) > MAX_OUTBOUND_PORTS)
                .map(c -> c.getName() + " implements " + outboundPorts(c) + " outbound ports")
                .sorted()
                .toList();
        assertThat(offenders).isEmpty();
    }

    private static long outboundPorts(JavaClass c) {
        return c.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().equals("dev.livechat.domain.port.out"))
                .count();
    }

    private static String describe(JavaConstructor k) {
        return k.getOwner().getName() + " (" + k.getRawParameterTypes().size() + " parameters)";
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
