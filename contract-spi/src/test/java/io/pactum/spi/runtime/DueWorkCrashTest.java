package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.runtime.CrashInjectionTest.CrashingStorage;
import io.pactum.spi.runtime.CrashInjectionTest.Point;
import io.pactum.spi.runtime.CrashInjectionTest.SimulatedCrash;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The process dies during a due-work run (before the audit entry, before the enqueue, in the
 * adapter, after the delivery but before it is marked) and restarts on the surviving storage: the
 * reminder and the event of the window are delivered, the receiver acts on each once, the ledger
 * advanced exactly once and the audit log verifies. Dying between the commit and the dispatch is
 * the adapter crash at its first call: nothing was delivered, everything was committed.
 */
class DueWorkCrashTest {

    private static final Instant BEFORE = Instant.parse("2026-04-08T02:00:00Z");
    /** After the 1-day reminder (04-09T01:00Z) and the due date's start in Shanghai (04-09T16:00Z). */
    private static final Instant RUN = Instant.parse("2026-04-09T16:30:00Z");
    private static final String REMINDER = "standard|c-1/down-payment#0|LEAD|P1D|2026-04-10|OWNER|u-zhang|email";
    private static final String DUE = "obligation.due/c-1/down-payment#0/2026-04-10";

    @ParameterizedTest
    @EnumSource(value = Point.class, names = {"BEFORE_AUDIT_APPEND", "BEFORE_OUTBOX_ENQUEUE", "DURING_DELIVERY",
            "AFTER_DELIVERY_BEFORE_MARK"})
    void crashDuringDueWork_restartDeliversEachMessageOnceAndAdvancesTheLedgerOnce(Point point) {
        assertTrue(runOnce(point, 1), "the first occurrence of each point is reached in a due-work run");
        for (int crashAt = 2; crashAt <= 3; crashAt++) {
            runOnce(point, crashAt);
        }
    }

    private boolean runOnce(Point point, int crashAt) {
        InMemoryStorage durable = InMemoryStorage.create();
        RecordingOutbound receiver = RecordingOutbound.create();
        MutableClock clock = new MutableClock(SpiMother.START);
        ContractManager setup = ExecutionRig.manager(durable, receiver, receiver, clock, CatchUp.LATEST_ONLY, null, "a");
        ExecutionRig.activate(setup, ExecutionRig.plan());
        clock.advance(Duration.between(clock.instant(), BEFORE));
        setup.runDueWork(BEFORE);

        clock.advance(Duration.between(clock.instant(), RUN));
        boolean inAdapter = point == Point.DURING_DELIVERY;
        int[] calls = {0};
        NotificationPort notifications = (ctx, n) -> {
            if (inAdapter && ++calls[0] == crashAt) {
                throw new SimulatedCrash("in the adapter");
            }
            receiver.send(ctx, n);
        };
        IntegrationEventPort events = (ctx, e) -> {
            if (inAdapter && ++calls[0] == crashAt) {
                throw new SimulatedCrash("in the adapter");
            }
            receiver.publish(ctx, e);
        };
        ContractManager crashing = ExecutionRig.manager(new CrashingStorage(durable, point, crashAt), notifications,
                events, clock, CatchUp.LATEST_ONLY, null, "b");
        boolean crashed = false;
        try {
            crashing.runDueWork(RUN);
        } catch (SimulatedCrash expected) {
            crashed = true; // the process is gone
        }

        clock.advance(Duration.ofMinutes(1));
        ContractManager restarted = ExecutionRig.manager(durable, receiver, receiver, clock, CatchUp.LATEST_ONLY, null,
                "c");
        restarted.runDueWork(clock.instant());

        List<String> effects = receiver.effects().stream().map(OutboxMessage::idempotencyKey).toList();
        String where = point + " at " + crashAt;
        assertEquals(effects.size(), new HashSet<>(effects).size(), "the receiver acted on each once: " + where);
        assertTrue(effects.contains(REMINDER) && effects.contains(DUE), "the window's messages arrived: " + where);
        assertTrue(durable.pending(ZHANG, 100).isEmpty(), "nothing left undelivered: " + where);
        long dueWork = durable.readAll(ZHANG).stream().filter(e -> e.action().equals("DUE_WORK")).count();
        assertEquals(1, dueWork, "the ledger advanced once: " + where);
        assertEquals(ObligationStatus.DUE, ObligationLedgers.fromJson(durable.getRecord(ZHANG,
                RecordKey.of(RecordKind.OBLIGATIONS, "c-1")).orElseThrow().body()).find("down-payment#0").orElseThrow()
                .status());
        assertTrue(AuditVerifierCheck.intact(durable.readAll(ZHANG)), where);
        return crashed;
    }
}
