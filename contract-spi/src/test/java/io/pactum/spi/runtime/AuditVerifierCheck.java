package io.pactum.spi.runtime;

import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditVerifier;
import java.util.List;

/** Shorthand for tests: whether a log verifies. */
final class AuditVerifierCheck {

    private AuditVerifierCheck() {
    }

    static boolean intact(List<AuditEntry> log) {
        return AuditVerifier.verify(log, null).intact();
    }
}
