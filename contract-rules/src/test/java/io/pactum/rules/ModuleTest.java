package io.pactum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's API surface and its error codes. */
class ModuleTest {

    @Test
    void moduleInfo_exportsExactlyTheApiPackages() {
        ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("io.pactum.rules").orElseThrow()
                .descriptor();
        assertEquals(Set.of("io.pactum.rules", "io.pactum.rules.facts", "io.pactum.rules.condition",
                "io.pactum.rules.approval", "io.pactum.rules.risk"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }

    @Test
    void ruleError_codesUniqueAndInRange() {
        Set<String> seen = new HashSet<>();
        Arrays.stream(RuleError.values()).forEach(e -> {
            assertEquals(true, seen.add(e.code()), e.code());
            int n = Integer.parseInt(e.code().substring(4));
            assertEquals(true, n >= 4000 && n <= 4999, e.code());
        });
    }
}
