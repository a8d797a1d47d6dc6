package io.pactum.spi.runtime;

import java.util.Objects;

/**
 * What one due-work run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enqueued new messages the steps produced (repeats of known keys not counted)
 * @param failedSteps steps that threw and were skipped
 * @param dispatch the outbox dispatch that followed
 */
public record DueWorkReport(int enqueued, int failedSteps, DispatchReport dispatch) {

    /** Checks presence. */
    public DueWorkReport {
        Objects.requireNonNull(dispatch, "dispatch");
    }
}
