package io.pactum.core.template;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The template engine reads only its variables: no reflection, no I/O, no clock. */
class TemplateArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pactum.core.template", "io.pactum.core.clause");

    @Test
    void templatesAndClauses_useNoReflection() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..")
                .because("rendering must never call methods chosen by input").check(CLASSES);
    }

    @Test
    void templatesAndClauses_doNoIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("bodies arrive through the caller's ResourceLoader").check(CLASSES);
    }

    @Test
    void templatesAndClauses_readNoClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time enters as a parameter").check(CLASSES);
    }
}
