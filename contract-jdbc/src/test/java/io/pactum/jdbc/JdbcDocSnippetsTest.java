package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/jdbc.md shows the code of the tests that run it, and every error code of the adapter. */
class JdbcDocSnippetsTest {

    private static final Pattern REGION = Pattern.compile("// doc:(\\w+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void jdbcPage_holdsTheTestedRegions() throws IOException {
        String doc = Files.readString(Path.of("../docs/jdbc.md"));
        Matcher m = REGION.matcher(Files.readString(Path.of("src/test/java/io/pactum/jdbc/JdbcDocExamplesTest.java")));
        int found = 0;
        while (m.find()) {
            found++;
            String snippet = m.group(2).stripIndent().strip();
            String name = m.group(1);
            assertTrue(doc.contains(snippet), () -> "docs/jdbc.md lacks region " + name + ":\n" + snippet);
        }
        assertEquals(4, found);
    }

    @Test
    void jdbcPage_listsEveryErrorCode() throws IOException {
        String doc = Files.readString(Path.of("../docs/jdbc.md"));
        for (JdbcError e : JdbcError.values()) {
            assertTrue(doc.contains("`" + e.code() + "`"), () -> "docs/jdbc.md does not list " + e.code());
        }
    }
}
