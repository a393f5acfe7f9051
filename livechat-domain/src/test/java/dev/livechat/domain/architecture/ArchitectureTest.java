package dev.livechat.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hexagon's rules (STYLE.md, "ArchUnit rules worth having"), on the domain's production classes. */
class ArchitectureTest {
    static final String DOMAIN_PACKAGE = "dev.livechat.domain";

    static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(DOMAIN_PACKAGE);

    static final ArchRule DOMAIN_DEPENDS_ON_THE_JDK_AND_ITSELF_ONLY = classes()
            .that()
            .resideInAPackage("dev.livechat.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "dev.livechat.domain..")
            .because("livechat-domain has no dependency but the JDK (docs/product-rules.md, embedders)");

    @Test
    void theImportHoldsTheProductionClassesAndNoTestClass() {
        assertThat(DOMAIN.contain("dev.livechat.domain.conversation.Conversation"))
                .isTrue();
        assertThat(DOMAIN.contain("dev.livechat.domain.LiveChat")).isTrue();
        assertThat(DOMAIN.stream().map(JavaClass::getPackageName))
                .noneMatch(p -> p.startsWith("dev.livechat.domain.fixtures"))
                .noneMatch(p -> p.startsWith("dev.livechat.domain.architecture"));
    }

    @Test
    void theDomainDependsOnTheJdkAndItselfOnly() {
        DOMAIN_DEPENDS_ON_THE_JDK_AND_ITSELF_ONLY.check(DOMAIN);
    }

    @Test
    void inboundPortsDoNotSeeOutboundPorts() {
        noClasses()
                .that()
                .resideInAPackage("dev.livechat.domain.port.in..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.livechat.domain.port.out..")
                .check(DOMAIN);
    }

    @Test
    void servicesDependOnNoAdapter() {
        noClasses()
                .that()
                .resideInAPackage("dev.livechat.domain.service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.livechat.adapter..")
                .check(DOMAIN);
    }

    @Test
    void theModelKnowsNothingOfPortsServicesOrWiring() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Wiring")
                .definedBy(DOMAIN_PACKAGE)
                .layer("Services")
                .definedBy("dev.livechat.domain.service..")
                .layer("Ports")
                .definedBy("dev.livechat.domain.port..")
                .layer("Model")
                .definedBy(modelPackages())
                .whereLayer("Wiring")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Services")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Ports")
                .mayOnlyBeAccessedByLayers("Services", "Wiring")
                .check(DOMAIN);
    }

    /**
     * No cycles between the domain's top-level packages, with one deliberate exception. The
     * conversation aggregate and three packages form one unit, and are checked as one slice:
     *
     * <ul>
     *   <li>{@code event}: the aggregate records its events, and the events carry the aggregate's
     *       values (ConversationId, Actor, Message, Outcome);
     *   <li>{@code outcome}: {@code close} asks the replaceable OutcomePolicy, which decides on the
     *       aggregate's facts (Participants, MessageStats) and answers with its Outcome;
     *   <li>{@code transcript}: the aggregate keeps each transcript request in its history, and a
     *       transcript is made of the aggregate's messages.
     * </ul>
     *
     * Breaking those cycles would mean moving these types into {@code conversation} (or the
     * reverse), which would hide the event, policy and outbox vocabulary the packages name. Every
     * other package must stay out of any cycle, with that unit or among themselves.
     */
    @Test
    void theTopLevelPackagesAreFreeOfCyclesWithTheAggregateAndItsEventsOutcomeAndTranscriptAsOneUnit() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES_WITH_THE_AGGREGATE_AS_ONE)
                .should()
                .beFreeOfCycles()
                .check(DOMAIN);
    }

    @Test
    void aDeliberateViolationIsReported() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyConversationStore.class);

        EvaluationResult result = DOMAIN_DEPENDS_ON_THE_JDK_AND_ITSELF_ONLY.evaluate(leaky);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line)
                        .contains(LeakyConversationStore.class.getName())
                        .contains("javax.sql.DataSource"));
    }

    // ---- slices ----

    /** The packages grouped into {@link #AGGREGATE} are one slice; every other top-level package is its own. */
    static final Set<String> AGGREGATE = Set.of("conversation", "event", "outcome", "transcript");

    static final SliceAssignment TOP_LEVEL_PACKAGES_WITH_THE_AGGREGATE_AS_ONE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(DOMAIN_PACKAGE)) return SliceIdentifier.of("(wiring)");
            if (!name.startsWith(DOMAIN_PACKAGE + ".")) return SliceIdentifier.ignore();
            String top = name.substring(DOMAIN_PACKAGE.length() + 1).split("\\.")[0];
            return SliceIdentifier.of(AGGREGATE.contains(top) ? "conversation+event+outcome+transcript" : top);
        }

        @Override
        public String getDescription() {
            return "top-level packages of " + DOMAIN_PACKAGE + ", with " + AGGREGATE + " as one";
        }
    };

    private static String[] modelPackages() {
        return DOMAIN.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(DOMAIN_PACKAGE + "."))
                .filter(p -> !p.startsWith(DOMAIN_PACKAGE + ".port") && !p.startsWith(DOMAIN_PACKAGE + ".service"))
                .distinct()
                .toArray(String[]::new);
    }
}
