package io.pactum.spi.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What one due-work run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enqueued new messages the steps produced (repeats of known keys not counted)
 * @param failedSteps steps that threw and were skipped
 * @param dispatch the outbox dispatch that followed
 * @param failedLedgers the contracts whose obligation ledger could not be worked on (a malformed
 *     ledger or policy, a concurrent command, a storage failure), in the order met; each is logged
 *     and tried again by the next run, the others went on
 */
public record DueWorkReport(int enqueued, int failedSteps, DispatchReport dispatch, List<String> failedLedgers) {

    /** Checks presence and copies the list. */
    public DueWorkReport {
        Objects.requireNonNull(dispatch, "dispatch");
        failedLedgers = List.copyOf(failedLedgers);
    }

    /** A run in which every ledger was worked on. */
    public DueWorkReport(int enqueued, int failedSteps, DispatchReport dispatch) {
        this(enqueued, failedSteps, dispatch, List.of());
    }
}
