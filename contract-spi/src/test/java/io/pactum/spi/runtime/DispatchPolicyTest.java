package io.pactum.spi.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A dispatch policy out of bounds is refused as a typed error at the field, as every other bad argument. */
class DispatchPolicyTest {

    private static final Duration TEN_S = Duration.ofSeconds(10);
    private static final Duration FIVE_MIN = Duration.ofMinutes(5);

    @Test
    void outOfBounds_isBadArgumentAtTheField() {
        assertBadArgument("maxAttempts", () -> new DispatchPolicy(0, TEN_S, FIVE_MIN, 100));
        assertBadArgument("baseBackoff", () -> new DispatchPolicy(3, Duration.ZERO, FIVE_MIN, 100));
        assertBadArgument("baseBackoff", () -> new DispatchPolicy(3, TEN_S.negated(), FIVE_MIN, 100));
        assertBadArgument("maxBackoff", () -> new DispatchPolicy(3, FIVE_MIN, TEN_S, 100));
        assertBadArgument("batchSize", () -> new DispatchPolicy(3, TEN_S, FIVE_MIN, 0));
        assertBadArgument("batchSize", () -> new DispatchPolicy(3, TEN_S, FIVE_MIN, 10_001));
        assertBadArgument("baseBackoff", () -> new DispatchPolicy(3, null, FIVE_MIN, 100));
        assertBadArgument("maxBackoff", () -> new DispatchPolicy(3, TEN_S, null, 100));
    }

    @Test
    void atTheBounds_isAccepted() {
        assertEquals(10_000, new DispatchPolicy(1, TEN_S, TEN_S, 10_000).batchSize());
    }

    private static void assertBadArgument(String path, Executable make) {
        PactumException e = assertThrows(PactumException.class, make, path);
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode(), path);
        assertEquals(path, e.path());
    }
}
