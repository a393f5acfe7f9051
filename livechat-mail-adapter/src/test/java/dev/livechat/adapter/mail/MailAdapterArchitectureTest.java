package dev.livechat.adapter.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter sees the domain and Jakarta Mail, never another adapter, and no mail type leaks out of it. */
class MailAdapterArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.livechat.adapter.mail");
    private static final DescribedPredicate<JavaClass> MAIL_TYPE = DescribedPredicate.describe(
            "a Jakarta Mail type", t -> t.getPackageName().startsWith("jakarta.mail"));

    @Test
    void dependsOnTheDomainAndMailLibrariesOnly() {
        classes()
                .that()
                .resideInAPackage("dev.livechat.adapter.mail..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "dev.livechat.domain..",
                        "dev.livechat.adapter.mail..",
                        "jakarta.mail..",
                        "org.eclipse.angus.mail..",
                        "org.slf4j..")
                .check(ADAPTER);
    }

    @Test
    void publicMethodsExposeNoJakartaMailType() {
        noMethods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .should()
                .haveRawReturnType(MAIL_TYPE)
                .orShould()
                .haveRawParameterTypes(DescribedPredicate.describe(
                        "a Jakarta Mail type", types -> types.stream().anyMatch(MAIL_TYPE)))
                .check(ADAPTER);
    }
}
