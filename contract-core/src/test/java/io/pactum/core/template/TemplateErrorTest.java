package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The template error codes are unique and in the range 2000–2999. */
class TemplateErrorTest {

    @Test
    void codes_areUniqueAndInRange() {
        var codes = Arrays.stream(TemplateError.values()).map(TemplateError::code).toList();
        assertEquals(codes.size(), new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("PCT-2\\d{3}"), code);
            assertTrue(!code.equals("PCT-2000"), code);
        }
    }

    @Test
    void summaries_areNotBlank() {
        for (TemplateError e : TemplateError.values()) {
            assertTrue(!e.summary().isBlank(), e.name());
        }
    }
}
