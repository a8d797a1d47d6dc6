package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiMother;
import io.pactum.spi.SpiMother.Rig;
import io.pactum.spi.audit.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 16 threads × 500 edits of one contract, each based on what the thread last read. */
class ConcurrentEditsTest {

    private static final int THREADS = 16;
    private static final int EDITS = 500;

    @Test
    void edit_16threadsX500conflictingEdits_noLostUpdate() throws Exception {
        Rig rig = SpiMother.rig();
        CallContext zhang = as("u-zhang");
        ContractId id = ContractId.of("c-1");
        Contract created = rig.manager().createDraft(zhang,
                draft("c-1").toBuilder().customField("counter", AttributeValue.number(0)).build(), "").contract();
        long initialRevision = created.revision();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < EDITS; i++) {
                    Contract seen = rig.storage().get(zhang, id).orElseThrow();
                    long counter = counter(seen);
                    try {
                        // read-modify-write from what this thread saw: a lost update would lose an increment
                        rig.manager().edit(zhang, id, seen.revision(),
                                b -> b.customField("counter", AttributeValue.number(counter + 1)), "increment");
                        successes.incrementAndGet();
                    } catch (RevisionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(THREADS * EDITS, successes.get() + conflicts.get());
        Contract last = rig.storage().get(zhang, id).orElseThrow();
        assertEquals(initialRevision + successes.get(), last.revision());
        assertEquals(successes.get(), counter(last), "every successful edit's increment is kept");
        List<AuditEntry> log = rig.storage().readAll(zhang);
        assertEquals(1 + successes.get(), log.size(), "one audit entry per successful command");
        assertTrue(rig.manager().verifyAuditLog(zhang, rig.storage().checkpoint(zhang)).intact());
    }

    private static long counter(Contract c) {
        AttributeValue v = c.customField("counter").orElseThrow();
        return ((AttributeValue.NumberValue) v).value().longValueExact();
    }

}
