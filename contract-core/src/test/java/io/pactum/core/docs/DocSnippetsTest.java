package io.pactum.core.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code regions of the documentation pages are the code of the tests that run them. */
class DocSnippetsTest {

    private static final Pattern REGION = Pattern.compile("// doc:(\\w+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    static void assertPageHoldsRegions(Path page, Path test) throws IOException {
        String doc = Files.readString(page);
        String code = Files.readString(test);
        Matcher m = REGION.matcher(code);
        int found = 0;
        while (m.find()) {
            found++;
            String snippet = m.group(2).stripIndent().strip();
            assertTrue(doc.contains(snippet), () -> page + " does not hold the region " + m.group(1)
                    + " of " + test.getFileName() + ":\n" + snippet);
        }
        assertTrue(found > 0, "no regions in " + test);
    }

    @Test
    void modelPage_showsTheTestedCode() throws IOException {
        assertPageHoldsRegions(Path.of("../docs/model.md"),
                Path.of("src/test/java/io/pactum/core/docs/ModelDocExamplesTest.java"));
    }
}
