package io.pactum.spi.port;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage of contracts, per tenant. The runtime writes through a {@link UnitOfWork}; this port
 * also serves reads, searches and the streaming scan of portfolio jobs.
 *
 * <p>An implementation must guarantee:
 * <ul>
 *   <li>{@link #save} is a compare-and-set on the revision: it writes only when the stored
 *       revision equals the expected one (0 for "does not exist yet") and stores the contract at
 *       expected + 1; otherwise it throws {@link RevisionConflictException} and writes nothing.
 *       Never a lost update, also under concurrency.</li>
 *   <li>{@link #get} returns what the last successful save stored, equal by {@code equals}.</li>
 *   <li>{@link #find} returns exactly the contracts {@link ContractQuery#matches} accepts, ordered by
 *       {@link #ORDER}, sliced by the page request, with the total count.</li>
 *   <li>No tenant sees another tenant's contracts.</li>
 * </ul>
 * Failures of the storage itself propagate as they are: the runtime does not swallow them.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ContractStore {

    /** The order of query results: by number, then id. */
    Comparator<Contract> ORDER = Comparator.comparing(Contract::number).thenComparing(c -> c.id().value());

    /**
     * The stored contract.
     *
     * @param ctx the call context (tenant)
     * @param id the contract's id
     */
    Optional<Contract> get(CallContext ctx, ContractId id);

    /**
     * Saves a contract if the stored revision is still {@code expectedRevision}.
     *
     * @param ctx the call context (tenant)
     * @param contract the new state; its own revision is ignored
     * @param expectedRevision the revision the change was based on, {@code 0} for a new contract
     * @return the contract as stored, at revision {@code expectedRevision + 1}
     * @throws RevisionConflictException if the stored revision differs
     */
    Contract save(CallContext ctx, Contract contract, long expectedRevision);

    /**
     * One page of the contracts matching a query.
     *
     * @param ctx the call context (tenant)
     * @param query the criteria
     * @param page which slice
     */
    Page<Contract> find(CallContext ctx, ContractQuery query, PageRequest page);

    /**
     * Every contract matching a query, in {@link #ORDER}, as a stream the caller must close. For
     * portfolio jobs over many contracts: an implementation should not hold them all in memory.
     *
     * @param ctx the call context (tenant)
     * @param query the criteria
     */
    Stream<Contract> scan(CallContext ctx, ContractQuery query);

    /** The contract with this number, if any. */
    default Optional<Contract> findByNumber(CallContext ctx, String number) {
        return find(ctx, ContractQuery.all().withNumber(number), PageRequest.first(1)).items().stream().findFirst();
    }
}
