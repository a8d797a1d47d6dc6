package io.pactum.spi.runtime;

import java.time.Instant;
import java.util.List;

/**
 * The extension point of {@link ContractManager#runDueWork(Instant)}: a source of messages that
 * fall due with time. Obligation reminders, escalations of overdue obligations and portfolio risk
 * alerts are steps. A step returns every message due at or before {@code now} whose key it wants
 * sent, including ones from earlier runs: the outbox keeps each key once, which gives catching up
 * after downtime and exactly once per key without the step keeping state.
 *
 * <p>Implementations must be thread-safe. A failing step is logged and skipped for this run; the
 * other steps and the dispatch still run.
 */
@FunctionalInterface
public interface DueWorkStep {

    /**
     * The messages due at {@code now}.
     *
     * @param now the run's time
     */
    List<DueMessage> due(Instant now);
}
