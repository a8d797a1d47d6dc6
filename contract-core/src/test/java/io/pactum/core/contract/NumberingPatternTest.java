package io.pactum.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.type.NumberingPattern;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumberingPatternTest {

    @Test
    void format_padsSequenceAndFillsDate() {
        NumberingPattern p = NumberingPattern.parse("SC-{yyyy}-{seq:6}");
        assertEquals("SC-2026-000042", p.format(LocalDate.of(2026, 11, 22), 42));
        assertEquals("SC-2026-1234567", p.format(LocalDate.of(2026, 11, 22), 1_234_567));
        assertEquals("PO/28/02/29/7", NumberingPattern.parse("PO/{yy}/{MM}/{dd}/{seq}").format(LocalDate.of(2028, 2, 29), 7));
    }

    @Test
    void sequenceScope_separatesYears() {
        NumberingPattern p = NumberingPattern.parse("SC-{yyyy}-{seq:6}");
        assertEquals("SC-2026-{seq}", p.sequenceScope(LocalDate.of(2026, 12, 31)));
        assertEquals("SC-2027-{seq}", p.sequenceScope(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void parse_badPatterns_typedErrors() {
        for (String bad : new String[] {"SC-{yyyy}", "{seq}{seq}", "SC-{seq:0}", "SC-{seq:13}", "SC-{seq", "SC {seq}",
            "SC-{hh}-{seq}", "", "合同-{seq}"}) {
            var e = assertThrows(PactumException.class, () -> NumberingPattern.parse(bad), bad);
            assertEquals(CoreError.BAD_NUMBERING_PATTERN, e.errorCode(), bad);
        }
        assertEquals(CoreError.OUT_OF_RANGE, assertThrows(PactumException.class,
                () -> NumberingPattern.parse("A{seq}").format(LocalDate.of(2026, 1, 1), 0)).errorCode());
    }
}
