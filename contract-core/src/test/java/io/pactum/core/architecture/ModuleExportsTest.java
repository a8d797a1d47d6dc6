package io.pactum.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages {@code io.pactum.core} exports: adding API is a decision, not an accident. */
class ModuleExportsTest {

    static ModuleDescriptor descriptor(Class<?> anyClassOfTheModule) throws IOException, URISyntaxException {
        Path classes = Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path moduleInfo = Files.isDirectory(classes) ? classes.resolve("module-info.class") : null;
        assertTrue(moduleInfo != null && Files.exists(moduleInfo), "no module-info.class in " + classes);
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exports_areExactlyTheApiPackages() throws Exception {
        ModuleDescriptor module = descriptor(Money.class);
        assertEquals("io.pactum.core", module.name());
        Set<String> exported = module.exports().stream()
                .peek(e -> assertTrue(e.targets().isEmpty(), "qualified export " + e))
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "io.pactum.core.codec",
                "io.pactum.core.contract",
                "io.pactum.core.contract.type",
                "io.pactum.core.error",
                "io.pactum.core.json",
                "io.pactum.core.money",
                "io.pactum.core.validation")), exported);
        assertTrue(exported.stream().noneMatch(p -> p.contains(".internal")), "internal packages are not API");
    }
}
