package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module: {@code io.pactum.jdbc} exports its one API package and requires no driver. */
class JdbcModuleExportsTest {

    private static ModuleDescriptor descriptor() throws Exception {
        Path classes = Path.of(JdbcStorage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exports_areExactlyTheAdapterPackage() throws Exception {
        ModuleDescriptor module = descriptor();
        assertEquals("io.pactum.jdbc", module.name());
        assertEquals(Set.of("io.pactum.jdbc"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }

    @Test
    void requires_theSpiAndJavaSqlButNoDriver() throws Exception {
        Set<String> required = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertTrue(required.containsAll(Set.of("io.pactum.spi", "java.sql")), required.toString());
        assertTrue(required.stream().noneMatch(r -> r.contains("h2") || r.contains("postgresql")), required.toString());
    }
}
