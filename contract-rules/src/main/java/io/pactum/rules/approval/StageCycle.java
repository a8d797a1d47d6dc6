package io.pactum.rules.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a completed stage took, for reports on where approvals stall. Immutable and thread-safe.
 *
 * @param stage the stage name
 * @param started when the stage started
 * @param ended when its mode was satisfied
 */
public record StageCycle(String stage, Instant started, Instant ended) {

    /** Checks the components. */
    public StageCycle {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
    }

    /** The cycle time. */
    public Duration duration() {
        return Duration.between(started, ended);
    }
}
