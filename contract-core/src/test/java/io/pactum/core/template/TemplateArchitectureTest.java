package io.pactum.core.template;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The template engine reads only its variables: no reflection and no stream I/O at all (stricter
 * than the core-wide rules of {@code CorePurityTest}, which also covers the clock).
 */
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
}
