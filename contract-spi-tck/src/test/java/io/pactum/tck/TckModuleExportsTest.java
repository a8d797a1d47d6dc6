package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages {@code io.pactum.tck} exports: the kit's API is its abstract test classes. */
class TckModuleExportsTest {

    @Test
    void exports_areExactlyTheKitPackage() throws Exception {
        Path classes = Path.of(PactumTck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("io.pactum.tck", module.name());
        assertEquals(Set.of("io.pactum.tck"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }
}
