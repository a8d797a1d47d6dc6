package io.pactum.spi.audit;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of the {@link AuditVerifier}: intact, or the problems found, each naming the
 * position in the log.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entriesChecked how many entries were read
 * @param problems what is wrong, empty when the log is intact
 */
public record AuditVerification(int entriesChecked, List<String> problems) {

    /** Copies the problems. */
    public AuditVerification {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /** Whether the log is intact. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
