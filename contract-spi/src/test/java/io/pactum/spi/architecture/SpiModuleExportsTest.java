package io.pactum.spi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.spi.SpiError;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages {@code io.pactum.spi} exports: the implementation stays in {@code .internal}. */
class SpiModuleExportsTest {

    @Test
    void exports_areExactlyTheApiPackages() throws Exception {
        Path classes = Path.of(SpiError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("io.pactum.spi", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("io.pactum.spi", "io.pactum.spi.access", "io.pactum.spi.audit",
                "io.pactum.spi.memory", "io.pactum.spi.port", "io.pactum.spi.runtime")), exported);
        assertTrue(exported.stream().noneMatch(p -> p.contains(".internal")));
    }

    @Test
    void errorCodes_inTheSpiRange() {
        for (SpiError e : SpiError.values()) {
            int n = Integer.parseInt(e.code().substring(4));
            assertTrue(n >= 6000 && n <= 6999, e + " " + e.code());
        }
    }
}
