package io.pactum.spi.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/spi.md shows the code of the tests that run it, region by region. */
class SpiDocSnippetsTest {

    private static final Pattern REGION = Pattern.compile("// doc:(\\w+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void spiPage_holdsTheTestedRegions() throws IOException {
        String doc = Files.readString(Path.of("../docs/spi.md"));
        int found = 0;
        for (Path test : new Path[] {Path.of("src/test/java/io/pactum/spi/docs/SpiDocExamplesTest.java"),
            Path.of("src/test/java/io/pactum/spi/docs/SpiApprovalDocExamplesTest.java"),
            Path.of("src/test/java/io/pactum/spi/docs/ExecutionDocExamplesTest.java"),
            Path.of("../contract-spi-tck/src/test/java/io/pactum/tck/InMemoryContractStoreTest.java"),
            Path.of("../contract-spi-tck/src/test/java/io/pactum/tck/InMemoryNotificationPortTest.java"),
            Path.of("../contract-spi-tck/pom.xml")}) {
            Matcher m = REGION.matcher(Files.readString(test).replace("<!-- doc:", "// doc:").replace("<!-- end -->", "// end")
                    .replaceAll("(// doc:\\w+) -->", "$1"));
            while (m.find()) {
                found++;
                String snippet = m.group(2).stripIndent().strip();
                String name = m.group(1);
                assertTrue(doc.contains(snippet), () -> "docs/spi.md lacks region " + name + " of " + test + ":\n" + snippet);
            }
        }
        assertTrue(found >= 6, "regions found: " + found);
    }
}
