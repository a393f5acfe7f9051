package dev.livechat.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's walls, over every module's production classes (this module sees them all). */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importEverything() {
        production = productionClasses();
    }

    /** Every module's main classes: no test class, nothing from a test-jar (fixtures, test support). */
    static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.livechat");
    }

    static final ArchRule DOMAIN_USES_THE_JDK_ONLY = noClasses()
            .that()
            .resideInAPackage("dev.livechat.domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "javax.crypto..", "dev.livechat.domain..")
            .because("embedders take livechat-domain alone, with no dependency");

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices().matching("dev.livechat.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .because("an extender replaces one adapter without touching the others");

    static final ArchRule ONLY_THE_APPLICATION_SEES_ADAPTERS = noClasses()
            .that()
            .resideInAPackage("dev.livechat.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.livechat.application..");

    static final ArchRule JPA_STAYS_IN_PERSISTENCE = noClasses()
            .that()
            .resideOutsideOfPackage("dev.livechat.adapter.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.flywaydb..");

    static final ArchRule MAIL_STAYS_IN_MAIL = noClasses()
            .that()
            .resideOutsideOfPackage("dev.livechat.adapter.mail..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..");

    static final ArchRule HTTP_STAYS_IN_REST = noClasses()
            .that()
            .resideOutsideOfPackage("dev.livechat.adapter.rest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..");

    static final ArchRule INBOUND_PORTS_DO_NOT_SEE_OUTBOUND = noClasses()
            .that()
            .resideInAPackage("dev.livechat.domain.port.in..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.livechat.domain.port.out..");

    static final ArchRule NO_CYCLES_BETWEEN_MODULES =
            slices().matching("dev.livechat.(*)..").should().beFreeOfCycles();

    @Test
    void domainUsesTheJdkOnly() {
        DOMAIN_USES_THE_JDK_ONLY.check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ADAPTERS_DO_NOT_KNOW_EACH_OTHER.check(production);
    }

    @Test
    void onlyTheApplicationSeesTheAdapters() {
        ONLY_THE_APPLICATION_SEES_ADAPTERS.check(production);
        noClasses()
                .that()
                .resideInAPackage("dev.livechat.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.livechat.adapter..")
                .check(production);
    }

    @Test
    void frameworksStayInTheirAdapter() {
        JPA_STAYS_IN_PERSISTENCE.check(production);
        MAIL_STAYS_IN_MAIL.check(production);
        HTTP_STAYS_IN_REST.check(production);
    }

    @Test
    void inboundPortsDoNotSeeOutboundOnes() {
        INBOUND_PORTS_DO_NOT_SEE_OUTBOUND.check(production);
    }

    @Test
    void modulesHaveNoCycles() {
        NO_CYCLES_BETWEEN_MODULES.check(production);
    }

    @Test
    void theImportHoldsEveryModule() {
        assertThat(production.containPackage("dev.livechat.adapter.persistence"))
                .isTrue();
        assertThat(production.containPackage("dev.livechat.adapter.mail")).isTrue();
        assertThat(production.containPackage("dev.livechat.adapter.rest")).isTrue();
        assertThat(production.containPackage("dev.livechat.domain.conversation"))
                .isTrue();
    }

    /** The shared test helpers ship as a test-jar: never imported here, never used by production code. */
    @Test
    void testSupportIsNeitherProductionCodeNorUsedByIt() {
        assertThat(production.containPackage("dev.livechat.testsupport")).isFalse();
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.livechat.testsupport..")
                .check(production);
    }

    @Test
    void aDeliberateViolationIsReported() {
        // Test-only classes in two adapter packages, one of which uses the other: the rule must see it.
        JavaClasses leaky = new ClassFileImporter()
                .importClasses(
                        dev.livechat.adapter.leaky.one.ReachesAcross.class, dev.livechat.adapter.leaky.two.Other.class);
        var result = slices().matching("dev.livechat.adapter.leaky.(*)..")
                .should()
                .notDependOnEachOther()
                .evaluate(leaky);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ReachesAcross");
    }
}
