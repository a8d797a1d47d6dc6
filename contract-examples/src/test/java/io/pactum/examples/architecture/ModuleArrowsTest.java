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
                .because("contract-rules may depend on contract-core only").check(PACTUM);
    }

    @Test
    void spi_doesNotDependOnAdaptersOrExamples() {
        noClasses().that().resideInAPackage("io.pactum.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pactum.jdbc..", "io.pactum.examples..")
                .because("adapters and examples build on the SPI, not the other way round")
                .check(PACTUM);
    }

    @Test
    void jdbc_dependsOnlyOnTheSpiAndBelow() {
        noClasses().that().resideInAPackage("io.pactum.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pactum.examples..", "io.pactum.tck..",
                        "io.pactum.spi.memory..", "org.h2..", "org.postgresql..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                .because("contract-jdbc may depend on contract-spi only; the host brings the driver, and JSON goes "
                        + "through the core codec").check(PACTUM);
    }

    @Test
    void nothingBelowTheAdapters_dependsOnJdbc() {
        noClasses().that().resideInAnyPackage("io.pactum.core..", "io.pactum.rules..", "io.pactum.spi..",
                "io.pactum.tck..")
                .should().dependOnClassesThat().resideInAPackage("io.pactum.jdbc..")
                .because("the JDBC adapter is a leaf: nothing in the library needs it").check(PACTUM);
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
                .because("rules are data evaluated by pure functions; effects belong to the runtime").check(PACTUM);
    }
}
