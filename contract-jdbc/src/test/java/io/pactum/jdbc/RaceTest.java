package io.pactum.jdbc;

import static io.pactum.jdbc.PactumSchemaTest.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.TenantId;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.port.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Races on rows that do not exist yet, which the kit does not stage: inserts of one new contract,
 * enqueues of one key, and the first audit entries of a new tenant (whose head row is created by
 * the race). Each must end in one winner and typed losers, never a driver error or a fork.
 */
class RaceTest {

    private static final int THREADS = 8;
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static void race(Callable<Void> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            for (Future<Void> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newContract_racingInserts_oneWinsOthersConflict(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            race(() -> {
                try {
                    storage.save(PactumSchemaTest.CTX, contract("c-1"), 0);
                    wins.incrementAndGet();
                } catch (RevisionConflictException e) {
                    assertEquals(1, e.actualRevision());
                    conflicts.incrementAndGet();
                }
                return null;
            });
            assertEquals(1, wins.get());
            assertEquals(THREADS - 1, conflicts.get());
            assertEquals(1, storage.get(PactumSchemaTest.CTX, ContractId.of("c-1")).orElseThrow().revision());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneKey_racingEnqueues_storedOnce(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            AtomicInteger accepted = new AtomicInteger();
            race(() -> {
                if (storage.<Boolean>inTransaction(PactumSchemaTest.CTX, tx -> tx.enqueue(new Notification("k-1",
                        UserId.of("u-1"), "in-app", "t", Map.of(), ContractId.of("c-1")), AT))) {
                    accepted.incrementAndGet();
                }
                return null;
            });
            assertEquals(1, accepted.get());
            assertEquals(1, storage.pending(PactumSchemaTest.CTX, 10).size());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newTenant_racingFirstAppends_oneChain(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            CallContext ctx = CallContext.of(TenantId.of("brand-new"), UserId.of("u-1"), "race");
            race(() -> {
                storage.inTransaction(ctx, tx -> {
                    tx.appendAudit(next(tx.auditHead().orElse(null)));
                    return null;
                });
                return null;
            });
            List<AuditEntry> log = storage.readAll(ctx);
            assertEquals(THREADS, log.size());
            assertTrue(AuditVerifier.verify(log, storage.checkpoint(ctx)).intact());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    private static AuditEntry next(AuditEntry head) {
        long seq = head == null ? 1 : head.sequence() + 1;
        String previous = head == null ? AuditEntry.GENESIS_HASH : head.hash();
        AuditEntry unsigned = new AuditEntry(seq, AT.plusSeconds(seq), "brand-new", "u-1", "EDIT", "c-1",
                AuditOutcome.SUCCESS, null, "a".repeat(64), "", "race", previous, "");
        return new AuditEntry(seq, unsigned.at(), "brand-new", "u-1", "EDIT", "c-1", AuditOutcome.SUCCESS, null,
                "a".repeat(64), "", "race", previous, AuditVerifier.hashOf(unsigned));
    }
}
