package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codes of this area are unique and inside its range. */
class ScheduleErrorTest {

    @Test
    void codes_areUniqueAndIn3000To3999() {
        long distinct = Arrays.stream(ScheduleError.values()).map(ScheduleError::code).distinct().count();
        assertEquals(ScheduleError.values().length, distinct);
        for (ScheduleError e : ScheduleError.values()) {
            assertTrue(e.code().matches("PCT-3\\d{3}"), e.code());
            assertTrue(!e.summary().isBlank());
        }
    }
}
