package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Stored records: bodies come back exactly as saved, revisions count saves, a stale revision is a
 * conflict that writes nothing, tenants are isolated, listings are ordered, the wake-up index
 * selects exactly the records due, and records commit or roll back with the rest of a unit of
 * work.
 */
public abstract class RecordStoreTck extends PactumTck {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** For subclasses. */
    protected RecordStoreTck() {
    }

    private static RecordKey obligations(String id) {
        return RecordKey.of(RecordKind.OBLIGATIONS, id);
    }

    @Test
    public void saveRecord_new_thenGet_returnsBodyExactlyAndRevisionOne() {
        TckStorage s = newStorage();
        // Non-ASCII, escapes and a large body: the adapter must not re-encode or truncate.
        String body = "{\"title\":\"技术服务合同 \\\"甲方\\\"\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
        StoredRecord saved = s.records().saveRecord(context(), obligations("c-1"), body, T0, 0);
        assertEquals(1, saved.revision());
        StoredRecord read = s.records().getRecord(context(), obligations("c-1")).orElseThrow();
        assertEquals(body, read.body());
        assertEquals(1, read.revision());
        assertEquals(T0, read.wakeAt());
    }

    @Test
    public void saveRecord_wakeAtNull_storedAsNever() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{}", null, 0);
        assertTrue(s.records().getRecord(context(), obligations("c-1")).orElseThrow().wake().isEmpty());
        try (Stream<StoredRecord> due = s.records().waking(context(), RecordKind.OBLIGATIONS, Instant.MAX)) {
            assertEquals(0, due.count());
        }
    }

    @Test
    public void saveRecord_sequence_revisionCountsSaves() {
        TckStorage s = newStorage();
        long revision = 0;
        for (int i = 0; i < 5; i++) {
            revision = s.records().saveRecord(context(), obligations("c-1"), "{\"n\":" + i + "}", null, revision)
                    .revision();
        }
        assertEquals(5, revision);
        assertEquals("{\"n\":4}", s.records().getRecord(context(), obligations("c-1")).orElseThrow().body());
    }

    @Test
    public void saveRecord_staleRevision_conflictNamesRecordAndWritesNothing() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{\"v\":1}", null, 0);
        s.records().saveRecord(context(), obligations("c-1"), "{\"v\":2}", null, 1);
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> s.records().saveRecord(context(), obligations("c-1"), "{\"v\":\"stale\"}", null, 1));
        assertEquals(2, e.actualRevision());
        assertEquals(1, e.expectedRevision());
        assertTrue(e.contractId().isEmpty());
        assertTrue(e.subject().contains("obligations/c-1"), e.subject());
        assertEquals("{\"v\":2}", s.records().getRecord(context(), obligations("c-1")).orElseThrow().body());
    }

    @Test
    public void saveRecord_newWithNonZeroRevision_conflict() {
        TckStorage s = newStorage();
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> s.records().saveRecord(context(), obligations("c-1"), "{}", null, 3));
        assertEquals(0, e.actualRevision());
        assertTrue(s.records().getRecord(context(), obligations("c-1")).isEmpty());
    }

    @Test
    public void saveRecord_sameIdDifferentKind_independent() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{\"k\":\"o\"}", null, 0);
        s.records().saveRecord(context(), RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1"), "{\"k\":\"a\"}", null, 0);
        assertEquals("{\"k\":\"o\"}", s.records().getRecord(context(), obligations("c-1")).orElseThrow().body());
        assertEquals("{\"k\":\"a\"}", s.records().getRecord(context(),
                RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1")).orElseThrow().body());
    }

    @Test
    public void getRecord_otherTenant_invisible() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{}", T0, 0);
        assertTrue(s.records().getRecord(otherTenant(), obligations("c-1")).isEmpty());
        try (Stream<StoredRecord> all = s.records().records(otherTenant(), RecordKind.OBLIGATIONS);
                Stream<StoredRecord> due = s.records().waking(otherTenant(), RecordKind.OBLIGATIONS, Instant.MAX)) {
            assertEquals(0, all.count());
            assertEquals(0, due.count());
        }
        // The other tenant starts its own revision count under the same key.
        assertEquals(1, s.records().saveRecord(otherTenant(), obligations("c-1"), "{}", null, 0).revision());
    }

    @Test
    public void records_ofKind_orderedByIdAndOnlyThatKind() {
        TckStorage s = newStorage();
        for (String id : List.of("c-3", "c-1", "c-10", "c-2")) {
            s.records().saveRecord(context(), obligations(id), "{}", null, 0);
        }
        s.records().saveRecord(context(), RecordKey.of(RecordKind.TEMPLATE, "nda@1"), "{}", null, 0);
        try (Stream<StoredRecord> all = s.records().records(context(), RecordKind.OBLIGATIONS)) {
            assertEquals(List.of("c-1", "c-10", "c-2", "c-3"), all.map(r -> r.key().id()).toList());
        }
    }

    @Test
    public void waking_until_selectsDueRecordsInWakeOrderInclusive() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("late"), "{}", T0.plusSeconds(300), 0);
        s.records().saveRecord(context(), obligations("b"), "{}", T0.plusSeconds(60), 0);
        s.records().saveRecord(context(), obligations("a"), "{}", T0.plusSeconds(60), 0);
        s.records().saveRecord(context(), obligations("first"), "{}", T0, 0);
        s.records().saveRecord(context(), obligations("never"), "{}", null, 0);
        s.records().saveRecord(context(), RecordKey.of(RecordKind.APPROVAL_PROCESS, "x"), "{}", T0, 0);
        try (Stream<StoredRecord> due = s.records().waking(context(), RecordKind.OBLIGATIONS, T0.plusSeconds(60))) {
            assertEquals(List.of("first", "a", "b"), due.map(r -> r.key().id()).toList());
        }
        try (Stream<StoredRecord> none = s.records().waking(context(), RecordKind.OBLIGATIONS, T0.minusMillis(1))) {
            assertEquals(0, none.count());
        }
    }

    @Test
    public void waking_afterSaveMovesWakeAt_followsTheNewInstant() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{}", T0, 0);
        s.records().saveRecord(context(), obligations("c-1"), "{}", T0.plusSeconds(86_400), 1);
        try (Stream<StoredRecord> due = s.records().waking(context(), RecordKind.OBLIGATIONS, T0.plusSeconds(3600))) {
            assertEquals(0, due.count());
        }
    }

    @Test
    public void inTransaction_recordAndContract_commitTogether() {
        TckStorage s = newStorage();
        s.unitOfWork().inTransaction(context(), tx -> {
            tx.save(contract("c-1"), 0);
            StoredRecord r = tx.saveRecord(obligations("c-1"), "{\"n\":1}", T0, 0);
            assertEquals(1, r.revision());
            assertEquals("{\"n\":1}", tx.getRecord(obligations("c-1")).orElseThrow().body(), "reads its own write");
            assertEquals(2, tx.saveRecord(obligations("c-1"), "{\"n\":2}", T0, 1).revision());
            return null;
        });
        assertEquals(2, s.records().getRecord(context(), obligations("c-1")).orElseThrow().revision());
        assertTrue(s.contracts().get(context(), ContractId.of("c-1")).isPresent());
    }

    @Test
    public void inTransaction_records_listsOwnSavesInIdOrder_onlyThatKindAndTenant() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-3"), "{\"v\":1}", null, 0);
        s.records().saveRecord(context(), obligations("c-1"), "{\"v\":1}", null, 0);
        s.records().saveRecord(otherTenant(), obligations("c-0"), "{}", null, 0);
        List<String> seen = s.unitOfWork().inTransaction(context(), tx -> {
            tx.saveRecord(obligations("c-2"), "{\"new\":true}", null, 0);
            tx.saveRecord(obligations("c-3"), "{\"v\":2}", null, 1);
            tx.saveRecord(RecordKey.of(RecordKind.TEMPLATE, "c-1a"), "{}", null, 0);
            try (Stream<StoredRecord> all = tx.records(RecordKind.OBLIGATIONS)) {
                return all.map(r -> r.key().id() + "@" + r.revision() + r.body()).toList();
            }
        });
        assertEquals(List.of("c-1@1{\"v\":1}", "c-2@1{\"new\":true}", "c-3@2{\"v\":2}"), seen,
                "stored and staged records, staged ones as staged, by id, without the other kind or tenant");
    }

    @Test
    public void inTransaction_workThrowsAfterRecordSave_nothingVisible() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{\"v\":1}", null, 0);
        assertThrows(IllegalStateException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.saveRecord(obligations("c-1"), "{\"v\":2}", null, 1);
            tx.saveRecord(obligations("c-2"), "{}", null, 0);
            tx.save(contract("c-1"), 0);
            throw new IllegalStateException("the command failed after staging");
        }));
        StoredRecord r = s.records().getRecord(context(), obligations("c-1")).orElseThrow();
        assertEquals("{\"v\":1}", r.body());
        assertEquals(1, r.revision());
        assertFalse(s.records().getRecord(context(), obligations("c-2")).isPresent());
        assertFalse(s.contracts().get(context(), ContractId.of("c-1")).isPresent());
    }

    @Test
    public void inTransaction_recordConflict_rollsBackEarlierWrites() {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1"), "{}", null, 0);
        assertThrows(RevisionConflictException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.save(contract("c-1"), 0);
            tx.saveRecord(RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1"), "{}", null, 0);
            return null;
        }));
        assertFalse(s.contracts().get(context(), ContractId.of("c-1")).isPresent());
    }

    @Test
    public void saveRecord_writersRacingFromOneRevision_exactlyOneWins() throws Exception {
        TckStorage s = newStorage();
        s.records().saveRecord(context(), obligations("c-1"), "{}", null, 0);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        OptimisticLockingTck.runConcurrently(8, t -> {
            try {
                s.records().saveRecord(context(), obligations("c-1"), "{\"writer\":" + t + "}", null, 1);
                wins.incrementAndGet();
            } catch (RevisionConflictException e) {
                conflicts.incrementAndGet();
            }
        });
        assertEquals(1, wins.get());
        assertEquals(7, conflicts.get());
        assertEquals(2, s.records().getRecord(context(), obligations("c-1")).orElseThrow().revision());
    }
}
