package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.Transaction;
import java.time.Instant;
import java.util.List;

/**
 * A command that reads records beside the contract (an approval process, a composed document, the
 * terms history) and writes them back in the same unit of work. {@link ContractManager} runs it
 * through its one path (authorize, load, check revision, apply, write, audit, outbox), reading
 * through the transaction, or outside one for a dry run. One instance serves one call: it keeps
 * what {@link #apply} worked out for {@link #messages} and {@link #stage}.
 */
interface ContractStep {

    /**
     * The new state; {@code subject} itself leaves the contract unsaved (a step of a process).
     *
     * @param records reads records as the unit of work sees them
     */
    Contract apply(Library.RecordReader records, Contract subject, Instant now);

    /** The messages to put in the outbox, given the stored new state (also computed for a dry run). */
    List<OutboxMessage> messages(CallContext ctx, Contract saved, Instant now);

    /** Writes the step's records in the unit of work; not called in a dry run. */
    List<OutboxMessage> stage(Transaction tx, CallContext ctx, Contract saved, Instant now);
}
