package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiMother;
import io.pactum.spi.SpiMother.Rig;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delivery with retries on the manager's clock, parking, order per contract, due work. */
class OutboxDispatchTest {

    private static final CallContext ZHANG = as("u-zhang");
    private static final CallContext WANG = as("u-wang");

    /** c-1 and c-2 submitted then approved: per contract, [submitted→head, approved event, approved→owner]. */
    private static Rig twoApprovedContracts() {
        Rig rig = SpiMother.rig();
        for (String id : List.of("c-1", "c-2")) {
            rig.manager().createDraft(ZHANG, draft(id), "");
            rig.manager().submit(ZHANG, ContractId.of(id), 1, "");
            rig.manager().approve(WANG, ContractId.of(id), 2, "");
        }
        return rig;
    }

    @Test
    void dispatch_healthyAdapters_deliversAllInCommitOrder() {
        Rig rig = twoApprovedContracts();
        DispatchReport report = rig.manager().dispatchOutbox(rig.clock().instant());
        assertEquals(new DispatchReport(6, 0, 0, 0), report);
        assertEquals(List.of("c-1", "c-1", "c-1", "c-2", "c-2", "c-2"),
                rig.outbound().effects().stream().map(m -> m.contractId().value()).toList());
        assertEquals(new DispatchReport(0, 0, 0, 0), rig.manager().dispatchOutbox(rig.clock().instant()));
    }

    @Test
    void dispatch_failingAdapter_retriesAfterBackoffFromTheClock() {
        Rig rig = twoApprovedContracts();
        rig.outbound().failWhen(m -> m.contractId().value().equals("c-1"));
        Instant t0 = rig.clock().instant();
        // c-1's first message fails; its two later ones wait behind it; c-2's three flow
        assertEquals(new DispatchReport(3, 1, 0, 2), rig.manager().dispatchOutbox(t0));
        OutboxEntry failed = rig.storage().pending(ZHANG, 10).get(0);
        assertEquals(1, failed.attempts());
        assertEquals(t0.plusSeconds(10), failed.nextAttemptAt(), "first backoff is the base, 10 s");
        rig.outbound().failWhen(m -> false);
        // 9 s later: still backing off, nothing of c-1 moves
        assertEquals(new DispatchReport(0, 0, 0, 3), rig.manager().dispatchOutbox(t0.plusSeconds(9)));
        assertEquals(new DispatchReport(3, 0, 0, 0), rig.manager().dispatchOutbox(t0.plusSeconds(10)));
        assertEquals(List.of("c-2", "c-2", "c-2", "c-1", "c-1", "c-1"),
                rig.outbound().effects().stream().map(m -> m.contractId().value()).toList());
    }

    @Test
    void dispatch_poisonMessage_parkedAfterThreeTriesWhileOthersFlow() {
        Rig rig = twoApprovedContracts();
        // the event of c-1 is poison; everything else is fine
        rig.outbound().failWhen(m -> m.contractId().value().equals("c-1") && !(m instanceof Notification));
        Instant t = rig.clock().instant();
        rig.manager().dispatchOutbox(t);                       // attempt 1 fails, retry at +10 s
        rig.manager().dispatchOutbox(t.plusSeconds(10));       // attempt 2 fails, retry at +10+20 s
        DispatchReport third = rig.manager().dispatchOutbox(t.plusSeconds(30)); // attempt 3: parked
        assertEquals(1, third.parked());
        assertEquals(1, third.delivered(), "the later message of c-1 flows once the poison is parked");
        List<OutboxEntry> parked = rig.storage().parked(ZHANG, 10);
        assertEquals(1, parked.size());
        assertEquals(OutboxStatus.PARKED, parked.get(0).status());
        assertEquals(3, parked.get(0).attempts());
        assertTrue(parked.get(0).lastError().contains("channel unavailable"));
        assertEquals(5, rig.outbound().effects().size());

        rig.outbound().failWhen(m -> false);
        rig.storage().requeue(ZHANG, parked.get(0).sequence(), t.plusSeconds(60));
        assertEquals(new DispatchReport(1, 0, 0, 0), rig.manager().dispatchOutbox(t.plusSeconds(60)));
        assertEquals(6, rig.outbound().effects().size());
    }

    @Test
    void backoff_doublesUpToTheMaximum() {
        DispatchPolicy p = new DispatchPolicy(10, Duration.ofSeconds(10), Duration.ofMinutes(5), 100);
        // 10, 20, 40, 80, 160, then capped at 300
        assertEquals(List.of(10L, 20L, 40L, 80L, 160L, 300L, 300L),
                List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> p.backoffAfter(n).toSeconds()).toList());
    }

    @Test
    void dispatch_failingStorage_propagates() {
        IllegalStateException down = new IllegalStateException("database down");
        InMemoryStorage storage = InMemoryStorage.create();
        ContractManager m = ContractManager.builder().contracts(storage).unitOfWork(storage).auditLog(storage)
                .outbox(new FailingOutbox(storage, down)).directory(SpiMother.directory())
                .accessPolicy(AccessPolicy.standard()).build();
        assertSame(down, assertThrows(IllegalStateException.class, () -> m.dispatchOutbox(SpiMother.START)));
    }

    @Test
    void runDueWork_sameKeyEveryRun_deliveredExactlyOnceAndFailingStepSkipped() {
        io.pactum.spi.memory.RecordingOutbound outbound = io.pactum.spi.memory.RecordingOutbound.create();
        InMemoryStorage storage = InMemoryStorage.create();
        Notification reminder = new Notification("reminder:c-1:2026-03-31", UserId.of("u-zhang"), "email",
                "obligation.due", Map.of("obligation", "first instalment"), ContractId.of("c-1"));
        ContractManager m = ContractManager.builder().storage(storage).directory(SpiMother.directory())
                .notifications(outbound)
                .dueWorkStep(now -> now.isBefore(Instant.parse("2026-03-31T00:00:00Z")) ? List.of()
                        : List.of(new DueMessage(SpiMother.TENANT, reminder)))
                .dueWorkStep(now -> {
                    throw new IllegalStateException("risk scan failed");
                })
                .build();
        assertEquals(0, m.runDueWork(Instant.parse("2026-03-30T09:00:00Z")).enqueued());
        // downtime: the next run is days late and still sends the reminder, once
        DueWorkReport late = m.runDueWork(Instant.parse("2026-04-03T09:00:00Z"));
        assertEquals(1, late.enqueued());
        assertEquals(1, late.failedSteps());
        assertEquals(1, late.dispatch().delivered());
        assertEquals(0, m.runDueWork(Instant.parse("2026-04-04T09:00:00Z")).enqueued());
        assertEquals(List.<OutboxMessage>of(reminder), outbound.deliveries());
    }

    /** An outbox whose database is down. */
    private record FailingOutbox(InMemoryStorage d, RuntimeException failure) implements io.pactum.spi.port.OutboxStore {
        @Override
        public List<OutboxEntry> pending(CallContext ctx, int limit) {
            throw failure;
        }

        @Override
        public java.util.Optional<OutboxEntry> entry(CallContext ctx, long sequence) {
            throw failure;
        }

        @Override
        public void markDelivered(CallContext ctx, long sequence, Instant at) {
            throw failure;
        }

        @Override
        public void markFailed(CallContext ctx, long sequence, int attempts, Instant nextAttemptAt, String error) {
            throw failure;
        }

        @Override
        public void park(CallContext ctx, long sequence, int attempts, String error) {
            throw failure;
        }

        @Override
        public List<OutboxEntry> parked(CallContext ctx, int limit) {
            throw failure;
        }

        @Override
        public void requeue(CallContext ctx, long sequence, Instant at) {
            throw failure;
        }
    }
}
