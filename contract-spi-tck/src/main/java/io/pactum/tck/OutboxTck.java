package io.pactum.tck;

import static io.pactum.tck.UnitOfWorkTck.AT;
import static io.pactum.tck.UnitOfWorkTck.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStatus;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DispatchPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outbox: pending entries in commit order, durable delivery state, parking and requeueing,
 * and — driven by the runtime's dispatcher — delivery at least once, in order per contract, with a
 * failing receiver retried and other contracts flowing.
 */
public abstract class OutboxTck extends PactumTck {

    /** For subclasses. */
    protected OutboxTck() {
    }

    private static void enqueue(TckStorage s, String key, String contract) {
        s.unitOfWork().inTransaction(context(), tx -> tx.enqueue(message(key, contract), AT));
    }

    @Test
    public void pending_inCommitOrderWithIncreasingSequences() {
        TckStorage s = newStorage();
        for (int i = 1; i <= 5; i++) {
            enqueue(s, "k-" + i, "c-" + (i % 2));
        }
        List<OutboxEntry> pending = s.outbox().pending(context(), 10);
        assertEquals(List.of("k-1", "k-2", "k-3", "k-4", "k-5"),
                pending.stream().map(e -> e.message().idempotencyKey()).toList());
        for (int i = 1; i < pending.size(); i++) {
            assertTrue(pending.get(i).sequence() > pending.get(i - 1).sequence());
        }
        OutboxEntry first = pending.get(0);
        assertEquals(OutboxStatus.PENDING, first.status());
        assertEquals(0, first.attempts());
        assertEquals(TENANT, first.tenant());
        assertEquals(AT, first.nextAttemptAt());
        assertEquals(List.of("k-1", "k-2"),
                s.outbox().pending(context(), 2).stream().map(e -> e.message().idempotencyKey()).toList());
    }

    @Test
    public void markDelivered_leavesPendingAndIsKept() {
        TckStorage s = newStorage();
        enqueue(s, "k-1", "c-1");
        enqueue(s, "k-2", "c-1");
        long seq = s.outbox().pending(context(), 10).get(0).sequence();
        s.outbox().markDelivered(context(), seq, AT.plusSeconds(5));
        assertEquals(List.of("k-2"), s.outbox().pending(context(), 10).stream()
                .map(e -> e.message().idempotencyKey()).toList());
        assertEquals(OutboxStatus.DELIVERED, s.outbox().entry(context(), seq).orElseThrow().status());
    }

    @Test
    public void markFailed_staysPendingWithAttemptsAndNextTime() {
        TckStorage s = newStorage();
        enqueue(s, "k-1", "c-1");
        long seq = s.outbox().pending(context(), 10).get(0).sequence();
        s.outbox().markFailed(context(), seq, 2, AT.plusSeconds(60), "receiver down");
        OutboxEntry e = s.outbox().pending(context(), 10).get(0);
        assertEquals(2, e.attempts());
        assertEquals(AT.plusSeconds(60), e.nextAttemptAt());
        assertEquals("receiver down", e.lastError());
    }

    @Test
    public void park_thenRequeue_backInTheQueueWithAttemptsReset() {
        TckStorage s = newStorage();
        enqueue(s, "k-1", "c-1");
        long seq = s.outbox().pending(context(), 10).get(0).sequence();
        s.outbox().park(context(), seq, 5, "poison");
        assertTrue(s.outbox().pending(context(), 10).isEmpty());
        assertEquals(List.of(seq), s.outbox().parked(context(), 10).stream().map(OutboxEntry::sequence).toList());
        s.outbox().requeue(context(), seq, AT.plusSeconds(600));
        OutboxEntry back = s.outbox().pending(context(), 10).get(0);
        assertEquals(0, back.attempts());
        assertEquals(AT.plusSeconds(600), back.nextAttemptAt());
        assertTrue(s.outbox().parked(context(), 10).isEmpty());
    }

    @Test
    public void dispatch_failingReceiver_atLeastOnceInOrderPerContract() {
        TckStorage s = newStorage();
        RecordingOutbound receiver = RecordingOutbound.create();
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        ContractManager manager = ContractManager.builder().contracts(s.contracts()).unitOfWork(s.unitOfWork())
                .outbox(s.outbox()).auditLog(s.auditLog()).directory(directory()).accessPolicy(AccessPolicy.standard())
                .clock(clock).notifications(receiver)
                .dispatchPolicy(new DispatchPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(1), 100)).build();
        // three contracts, three messages each, interleaved commits
        for (int i = 1; i <= 3; i++) {
            for (String c : List.of("c-a", "c-b", "c-c")) {
                enqueue(s, c + "-" + i, c);
            }
        }
        // c-b's receiver fails on the first two tries of its first message
        int[] failures = {0};
        receiver.failWhen(m -> m.idempotencyKey().equals("c-b-1") && failures[0]++ < 2);
        for (int second = 0; second < 5; second++) {
            manager.dispatchOutbox(AT.plusSeconds(second));
        }
        assertTrue(s.outbox().pending(context(), 100).isEmpty(), "everything delivered");
        for (String c : List.of("c-a", "c-b", "c-c")) {
            List<String> order = receiver.effects().stream().filter(m -> m.contractId().equals(ContractId.of(c)))
                    .map(OutboxMessage::idempotencyKey).toList();
            assertEquals(List.of(c + "-1", c + "-2", c + "-3"), order, "in commit order for " + c);
        }
        assertEquals(9, receiver.effects().size());
    }
}
