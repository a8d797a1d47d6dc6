package io.pactum.spi.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A decision missing a part is refused as a typed error at that part, never as a NullPointerException. */
class ApprovalDecisionTest {

    @Test
    void missingKind_isBadArgumentAtKind() {
        assertBadArgument("kind", () -> new ApprovalDecision(null, "ok", null));
    }

    @Test
    void missingComment_isBadArgumentAtComment() {
        assertBadArgument("comment", () -> ApprovalDecision.approve(null));
        assertBadArgument("comment", () -> ApprovalDecision.reject(null));
    }

    @Test
    void delegationWithoutDelegate_isBadArgumentAtDelegate() {
        assertBadArgument("delegate", () -> ApprovalDecision.delegateTo(null, "on leave"));
    }

    private static void assertBadArgument(String path, Executable decision) {
        PactumException e = assertThrows(PactumException.class, decision);
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode());
        assertEquals(path, e.path());
    }
}
