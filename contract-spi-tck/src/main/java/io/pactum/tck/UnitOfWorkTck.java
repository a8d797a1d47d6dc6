package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The unit of work: state, audit entry and outbox messages are committed together or not at all;
 * reads see the transaction's own writes; an idempotency key enters the outbox once per tenant.
 */
public abstract class UnitOfWorkTck extends PactumTck {

    /** A time for entries. */
    protected static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    /** For subclasses. */
    protected UnitOfWorkTck() {
    }

    /** A correctly chained audit entry after {@code head}. */
    protected static AuditEntry auditAfter(@Nullable AuditEntry head, String tenant, String action) {
        long seq = head == null ? 1 : head.sequence() + 1;
        String previous = head == null ? AuditEntry.GENESIS_HASH : head.hash();
        AuditEntry unsigned = new AuditEntry(seq, AT.plusSeconds(seq), tenant, "root", action, "c-1",
                AuditOutcome.SUCCESS, null, "a".repeat(64), "", "tck", previous, "");
        return new AuditEntry(seq, unsigned.at(), tenant, "root", action, "c-1", AuditOutcome.SUCCESS, null,
                "a".repeat(64), "", "tck", previous, AuditVerifier.hashOf(unsigned));
    }

    /** A notification with a key. */
    protected static Notification message(String key, String contractId) {
        return new Notification(key, UserId.of("root"), "in-app", "tck", Map.of(), ContractId.of(contractId));
    }

    @Test
    public void inTransaction_returns_stateAuditAndOutboxAllVisible() {
        TckStorage s = newStorage();
        String result = s.unitOfWork().inTransaction(context(), tx -> {
            tx.save(contract("c-1"), 0);
            tx.appendAudit(auditAfter(null, TENANT.value(), "CREATE"));
            assertTrue(tx.enqueue(message("k-1", "c-1"), AT));
            return "done";
        });
        assertEquals("done", result);
        assertEquals(1, s.contracts().get(context(), ContractId.of("c-1")).orElseThrow().revision());
        assertEquals(1, s.auditLog().readAll(context()).size());
        assertEquals(1, s.outbox().pending(context(), 10).size());
        OutboxMessage stored = s.outbox().pending(context(), 10).get(0).message();
        assertEquals(message("k-1", "c-1"), stored);
    }

    @Test
    public void inTransaction_workThrows_nothingVisible() {
        TckStorage s = newStorage();
        IllegalStateException boom = new IllegalStateException("crash after all writes");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> s.unitOfWork().inTransaction(context(), tx -> {
                    tx.save(contract("c-1"), 0);
                    tx.appendAudit(auditAfter(null, TENANT.value(), "CREATE"));
                    tx.enqueue(message("k-1", "c-1"), AT);
                    throw boom;
                }));
        assertSame(boom, thrown, "the failure propagates unchanged");
        assertTrue(s.contracts().get(context(), ContractId.of("c-1")).isEmpty());
        assertTrue(s.auditLog().readAll(context()).isEmpty());
        assertTrue(s.outbox().pending(context(), 10).isEmpty());
        // and the key was not used up by the rolled-back transaction
        assertTrue(s.unitOfWork().<Boolean>inTransaction(context(), tx -> tx.enqueue(message("k-1", "c-1"), AT)));
    }

    @Test
    public void inTransaction_conflictAfterOtherWrites_nothingVisible() {
        TckStorage s = newStorage();
        s.contracts().save(context(), contract("c-1"), 0);
        assertThrows(RevisionConflictException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.save(contract("c-2"), 0);
            tx.enqueue(message("k-2", "c-2"), AT);
            return tx.save(contract("c-1"), 0);
        }));
        assertTrue(s.contracts().get(context(), ContractId.of("c-2")).isEmpty());
        assertTrue(s.outbox().pending(context(), 10).isEmpty());
    }

    @Test
    public void inTransaction_readsItsOwnWrites() {
        TckStorage s = newStorage();
        s.unitOfWork().inTransaction(context(), tx -> {
            Contract saved = tx.save(contract("c-1"), 0);
            assertEquals(saved, tx.get(ContractId.of("c-1")).orElseThrow());
            Contract again = tx.save(saved.edit(b -> b.title("twice")), 1);
            assertEquals(2, again.revision());
            AuditEntry first = auditAfter(null, TENANT.value(), "CREATE");
            tx.appendAudit(first);
            assertEquals(first, tx.auditHead().orElseThrow());
            return null;
        });
        assertEquals("twice", s.contracts().get(context(), ContractId.of("c-1")).orElseThrow().title());
    }

    @Test
    public void enqueue_sameKeyTwice_storedOnce() {
        TckStorage s = newStorage();
        assertTrue(s.unitOfWork().<Boolean>inTransaction(context(), tx -> tx.enqueue(message("k-1", "c-1"), AT)));
        assertFalse(s.unitOfWork().<Boolean>inTransaction(context(), tx -> tx.enqueue(message("k-1", "c-1"), AT)));
        assertFalse(s.unitOfWork().<Boolean>inTransaction(context(), tx -> tx.enqueue(message("k-2", "c-1"), AT)
                && tx.enqueue(message("k-2", "c-1"), AT)), "a repeat within one transaction is dropped too");
        assertEquals(2, s.outbox().pending(context(), 10).size());
    }

    @Test
    public void enqueue_sameKeyInAnotherTenant_storedForEach() {
        TckStorage s = newStorage();
        assertTrue(s.unitOfWork().<Boolean>inTransaction(context(), tx -> tx.enqueue(message("k-1", "c-1"), AT)));
        assertTrue(s.unitOfWork().<Boolean>inTransaction(otherTenant(), tx -> tx.enqueue(message("k-1", "c-1"), AT)));
        assertEquals(2, s.outbox().pending(context(), 10).size());
    }
}
