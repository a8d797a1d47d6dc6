package io.pactum.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core is pure: values in, values out. These rules say so in sentences; a failure message
 * names the class and the call to remove.
 */
class CorePurityTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pactum.core");

    @Test
    void core_neverReadsTheClock() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("time enters the core as a parameter or an injected java.time.Clock");
        rule.check(CORE);
    }

    @Test
    void core_doesNoIoAndNoLogging() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.nio.file..", "java.net..", "java.sql..", "org.slf4j..", "java.util.logging..",
                        "org.jboss.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("effects belong to the runtime in contract-spi; the core takes streams and values it is given");
        rule.check(CORE);
    }

    @Test
    void domainPackages_doNotImportJackson() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.pactum.core.json..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .because("Jackson stays inside io.pactum.core.json so the model never depends on a JSON library");
        rule.check(CORE);
    }

    @Test
    void core_usesNoFloatingPoint() {
        ArchRule rule = noClasses().should(useFloatingPoint())
                .because("money, rates and percentages are exact BigDecimal values");
        rule.check(CORE);
    }

    /** Fields, parameters, return values or calls of type double or float (ArchUnit counts no primitive as a dependency). */
    static ArchCondition<JavaClass> useFloatingPoint() {
        Set<String> floating = Set.of("double", "float", "java.lang.Double", "java.lang.Float");
        return new ArchCondition<>("use double or float") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaField f : item.getFields()) {
                    if (floating.contains(f.getRawType().getName())) {
                        events.add(SimpleConditionEvent.satisfied(f, f.getFullName() + " is floating point"));
                    }
                }
                for (JavaCodeUnit m : item.getCodeUnits()) {
                    boolean bad = floating.contains(m.getRawReturnType().getName())
                            || m.getRawParameterTypes().stream().anyMatch(t -> floating.contains(t.getName()));
                    if (bad) {
                        events.add(SimpleConditionEvent.satisfied(m, m.getFullName() + " takes or returns floating point"));
                    }
                    for (JavaMethodCall call : m.getMethodCallsFromSelf()) {
                        if (floating.contains(call.getTarget().getRawReturnType().getName())) {
                            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                        }
                    }
                }
            }
        };
    }
}
