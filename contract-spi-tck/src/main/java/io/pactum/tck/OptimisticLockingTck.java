package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.runtime.ContractManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under concurrency: writers racing from the same revision produce exactly one
 * winner; 16 threads × 500 read-modify-write edits through the runtime lose no update.
 */
public abstract class OptimisticLockingTck extends PactumTck {

    /** For subclasses. */
    protected OptimisticLockingTck() {
    }

    /** Threads racing; override to lower for a slow adapter. */
    protected int threads() {
        return 16;
    }

    /** Edits per thread; override to lower for a slow adapter. */
    protected int editsPerThread() {
        return 500;
    }

    @Test
    public void save_writersRacingFromOneRevision_exactlyOneWins() throws Exception {
        TckStorage storage = newStorage();
        Contract v1 = storage.contracts().save(context(), contract("c-1"), 0);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        runConcurrently(threads(), t -> {
            try {
                storage.contracts().save(context(), v1.edit(b -> b.title("writer " + t)), 1);
                wins.incrementAndGet();
            } catch (RevisionConflictException e) {
                conflicts.incrementAndGet();
            }
        });
        assertEquals(1, wins.get());
        assertEquals(threads() - 1, conflicts.get());
        assertEquals(2, storage.contracts().get(context(), ContractId.of("c-1")).orElseThrow().revision());
    }

    @Test
    public void edit_concurrentReadModifyWrite_noLostUpdate() throws Exception {
        TckStorage storage = newStorage();
        ContractManager manager = ContractManager.builder().contracts(storage.contracts())
                .unitOfWork(storage.unitOfWork()).outbox(storage.outbox()).auditLog(storage.auditLog())
                .directory(directory()).accessPolicy(AccessPolicy.standard()).build();
        CallContext ctx = context();
        ContractId id = ContractId.of("c-1");
        long initial = manager.createDraft(ctx, contract("c-1").edit(b -> b.customField("counter",
                AttributeValue.number(0))), "").contract().revision();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        runConcurrently(threads(), t -> {
            for (int i = 0; i < editsPerThread(); i++) {
                Contract seen = storage.contracts().get(ctx, id).orElseThrow();
                long counter = counter(seen);
                try {
                    manager.edit(ctx, id, seen.revision(),
                            b -> b.customField("counter", AttributeValue.number(counter + 1)), "increment");
                    successes.incrementAndGet();
                } catch (RevisionConflictException e) {
                    conflicts.incrementAndGet();
                }
            }
        });
        assertEquals(threads() * editsPerThread(), successes.get() + conflicts.get());
        Contract last = storage.contracts().get(ctx, id).orElseThrow();
        assertEquals(initial + successes.get(), last.revision(), "final revision = initial + successes");
        assertEquals(successes.get(), counter(last), "no lost update");
        assertEquals(1 + successes.get(), storage.auditLog().readAll(ctx).size());
        assertTrue(manager.verifyAuditLog(ctx, storage.auditLog().checkpoint(ctx)).intact());
    }

    private static long counter(Contract c) {
        return ((AttributeValue.NumberValue) c.customField("counter").orElseThrow()).value().longValueExact();
    }

    /** A body run by one thread. */
    @FunctionalInterface
    protected interface ThreadBody {
        /**
         * Runs.
         *
         * @param thread the thread's number
         */
        void run(int thread) throws Exception;
    }

    /** Starts {@code n} threads at once and waits for all, rethrowing the first failure. */
    protected static void runConcurrently(int n, ThreadBody body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    body.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
