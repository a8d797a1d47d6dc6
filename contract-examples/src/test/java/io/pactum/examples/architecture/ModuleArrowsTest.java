package io.pactum.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of ARCHITECTURE.md: core ← rules ← spi ← jdbc, examples; nothing points up.
 * Run here because this module sees every other one.
 */
class ModuleArrowsTest {

    private static final JavaClasses PACTUM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pactum");

    /** contract-rules holds no classes until approval routing lands (issue 5); then this goes. */
    private static final boolean RULES_EMPTY_UNTIL_ISSUE_5 = true;

    @Test
    void core_dependsOnNoOtherPactumModule() {
        noClasses().that().resideInAPackage("io.pactum.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pactum.rules..", "io.pactum.spi..",
                        "io.pactum.jdbc..", "io.pactum.examples..", "io.pactum.tck..")
                .because("contract-core is the bottom of the module table").check(PACTUM);
    }

    @Test
    void rules_dependOnlyOnCore() {
        noClasses().that().resideInAPackage("io.pactum.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pactum.spi..", "io.pactum.jdbc..",
                        "io.pactum.examples..", "io.pactum.tck..")
                .because("contract-rules may depend on contract-core only")
                .allowEmptyShould(RULES_EMPTY_UNTIL_ISSUE_5).check(PACTUM);
    }

    @Test
    void spi_doesNotDependOnAdaptersOrExamples() {
        noClasses().that().resideInAPackage("io.pactum.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pactum.jdbc..", "io.pactum.examples..")
                .because("adapters and examples build on the SPI, not the other way round")
                // contract-spi holds no classes until the runtime lands (issue 7).
                .allowEmptyShould(true).check(PACTUM);
    }

    @Test
    void rules_arePure_noClockNoIoNoLoggingNoJackson() {
        noClasses().that().resideInAPackage("io.pactum.rules..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.nio.file..", "java.net..",
                        "java.sql..", "tools.jackson..", "com.fasterxml.jackson..")
                .orShould().accessField(System.class, "out")
                .because("rules are data evaluated by pure functions; effects belong to the runtime")
                .allowEmptyShould(RULES_EMPTY_UNTIL_ISSUE_5).check(PACTUM);
    }
}
