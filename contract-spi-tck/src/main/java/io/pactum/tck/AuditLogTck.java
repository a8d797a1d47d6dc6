package io.pactum.tck;

import static io.pactum.tck.UnitOfWorkTck.auditAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.audit.AuditCheckpoint;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.runtime.ContractManager;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The audit log: append-only (an entry that does not continue the chain is refused), read back
 * field for field so the hashes still verify, paged reads, one chain per tenant; and the runtime's
 * entries verify end to end.
 */
public abstract class AuditLogTck extends PactumTck {

    /** For subclasses. */
    protected AuditLogTck() {
    }

    private static List<AuditEntry> append(TckStorage s, int n) {
        List<AuditEntry> written = new ArrayList<>();
        @Nullable AuditEntry head = null;
        for (int i = 0; i < n; i++) {
            AuditEntry next = auditAfter(head, TENANT.value(), "EDIT");
            s.unitOfWork().inTransaction(context(), tx -> {
                tx.appendAudit(next);
                return null;
            });
            written.add(next);
            head = next;
        }
        return written;
    }

    @Test
    public void append_chain_readBackVerbatimAndVerifies() {
        TckStorage s = newStorage();
        List<AuditEntry> written = append(s, 7);
        assertEquals(written, s.auditLog().readAll(context()));
        assertEquals(written.get(6), s.auditLog().head(context()).orElseThrow());
        assertEquals(new AuditCheckpoint(7, written.get(6).hash()), s.auditLog().checkpoint(context()));
        assertTrue(AuditVerifier.verify(s.auditLog().readAll(context()), s.auditLog().checkpoint(context())).intact());
    }

    @Test
    public void append_wrongSequence_refused() {
        TckStorage s = newStorage();
        List<AuditEntry> written = append(s, 2);
        AuditEntry skipping = auditAfter(auditAfter(written.get(1), TENANT.value(), "EDIT"), TENANT.value(), "EDIT");
        PactumException e = assertThrows(PactumException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.appendAudit(skipping);
            return null;
        }));
        assertEquals(SpiError.AUDIT_CHAIN_BROKEN, e.errorCode());
        assertEquals(written, s.auditLog().readAll(context()));
    }

    @Test
    public void append_rewritingAnEarlierSequence_refused() {
        TckStorage s = newStorage();
        List<AuditEntry> written = append(s, 3);
        AuditEntry replacement = auditAfter(written.get(0), TENANT.value(), "FORGED");
        PactumException e = assertThrows(PactumException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.appendAudit(replacement);
            return null;
        }));
        assertEquals(SpiError.AUDIT_CHAIN_BROKEN, e.errorCode());
        assertEquals(written, s.auditLog().readAll(context()));
    }

    @Test
    public void append_wrongPreviousHash_refused() {
        TckStorage s = newStorage();
        append(s, 1);
        AuditEntry orphan = auditAfter(auditAfter(null, TENANT.value(), "OTHER CHAIN"), TENANT.value(), "EDIT");
        PactumException e = assertThrows(PactumException.class, () -> s.unitOfWork().inTransaction(context(), tx -> {
            tx.appendAudit(orphan);
            return null;
        }));
        assertEquals(SpiError.AUDIT_CHAIN_BROKEN, e.errorCode());
    }

    @Test
    public void read_paged_fromSequence() {
        TckStorage s = newStorage();
        List<AuditEntry> written = append(s, 10);
        assertEquals(written.subList(3, 6), s.auditLog().read(context(), 4, 3));
        assertEquals(written.subList(8, 10), s.auditLog().read(context(), 9, 50));
        assertTrue(s.auditLog().read(context(), 11, 5).isEmpty());
    }

    @Test
    public void tenants_haveSeparateChains() {
        TckStorage s = newStorage();
        append(s, 2);
        assertTrue(s.auditLog().readAll(otherTenant()).isEmpty());
        AuditEntry first = auditAfter(null, otherTenant().tenant().value(), "CREATE");
        s.unitOfWork().inTransaction(otherTenant(), tx -> {
            tx.appendAudit(first);
            return null;
        });
        assertEquals(List.of(first), s.auditLog().readAll(otherTenant()));
        assertEquals(2, s.auditLog().readAll(context()).size());
    }

    @Test
    public void append_concurrentTransactions_neverForkTheChain() throws Exception {
        TckStorage s = newStorage();
        java.util.concurrent.atomic.AtomicInteger appended = new java.util.concurrent.atomic.AtomicInteger();
        OptimisticLockingTck.runConcurrently(8, t -> {
            for (int i = 0; i < 50; i++) {
                try {
                    s.unitOfWork().inTransaction(context(), tx -> {
                        tx.appendAudit(auditAfter(tx.auditHead().orElse(null), TENANT.value(), "T" + t));
                        return null;
                    });
                    appended.incrementAndGet();
                } catch (PactumException e) {
                    // an adapter that does not serialise may refuse a racing append; it must not fork the chain
                    assertEquals(SpiError.AUDIT_CHAIN_BROKEN, e.errorCode());
                }
            }
        });
        List<AuditEntry> log = s.auditLog().readAll(context());
        assertEquals(appended.get(), log.size());
        assertTrue(AuditVerifier.verify(log, s.auditLog().checkpoint(context())).intact());
    }

    @Test
    public void runtime_commandsAndDenials_chainVerifies() {
        TckStorage s = newStorage();
        ContractManager manager = ContractManager.builder().contracts(s.contracts()).unitOfWork(s.unitOfWork())
                .outbox(s.outbox()).auditLog(s.auditLog()).directory(directory()).accessPolicy(AccessPolicy.standard())
                .build();
        ContractId id = ContractId.of("c-1");
        manager.createDraft(context(), contract("c-1"), "new");
        manager.submit(context(), id, 1, "");
        assertThrows(PactumException.class, () -> manager.submit(context().withActor(
                io.pactum.core.contract.UserId.of("u-wang")), id, 2, "not allowed"));
        manager.approve(context(), id, 2, "ok");
        List<AuditEntry> log = s.auditLog().readAll(context());
        assertEquals(List.of("CREATE", "SUBMIT", "SUBMIT", "APPROVE"), log.stream().map(AuditEntry::action).toList());
        assertTrue(AuditVerifier.verify(log, s.auditLog().checkpoint(context())).intact());
    }
}
