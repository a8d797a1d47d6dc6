package io.pactum.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules module stays pure: no clocks, no JSON library, no reflection, no logging. */
class ArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("io.pactum.rules");

    @Test
    void rules_neverReadTheClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time enters as a parameter").check(RULES);
    }

    @Test
    void rules_useNeitherJacksonNorReflectionNorLogging() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..",
                "java.lang.reflect..", "org.slf4j..", "java.util.logging..")
                .because("rules are read through the core JSON kit and evaluated without reflection").check(RULES);
    }
}
