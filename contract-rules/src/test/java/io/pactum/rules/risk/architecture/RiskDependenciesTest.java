package io.pactum.rules.risk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Risk rules stand on their own snapshot: they use the condition grammar and the contract facts
 * through their public API, and nothing of scheduling, templates or approval, so those can change
 * without touching risk. And they stay pure: no clock.
 */
class RiskDependenciesTest {

    private static final JavaClasses RISK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pactum.rules.risk");

    @Test
    void risk_dependsOnlyOnCoreValuesTheGrammarAndTheJdk() {
        classes().that().resideInAPackage("io.pactum.rules.risk..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.pactum.rules.risk..",
                        "io.pactum.rules.condition", "io.pactum.rules.facts", "io.pactum.core.contract",
                        "io.pactum.core.money", "io.pactum.core.error", "io.pactum.core.json", "java..",
                        "org.jspecify.annotations")
                .because("risk rules work over their own snapshot, not the scheduling or template model")
                .check(RISK);
    }

    @Test
    void risk_neverReadsTheClock() {
        noClasses().that().resideInAPackage("io.pactum.rules.risk..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the scan date is a parameter, so a scan is a pure function").check(RISK);
    }
}
