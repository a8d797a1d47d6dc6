package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ledger that cannot be worked on is reported by the run, not only logged, and tried again. */
class DueWorkFailureTest {

    private static final RecordKey LEDGER = RecordKey.of(RecordKind.OBLIGATIONS, "c-1");

    @Test
    void malformedLedger_isReportedAsFailed_andTriedAgainByTheNextRun() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        StoredRecord good = rig.storage.getRecord(ZHANG, LEDGER).orElseThrow();
        rig.storage.inTransaction(ZHANG, tx -> {
            tx.saveRecord(LEDGER, "{\"version\": 1}", good.wakeAt(), good.revision());
            return null;
        });

        DueWorkReport broken = rig.runAt("2026-03-01T09:00:00Z");
        assertEquals(List.of("c-1"), broken.failedLedgers());
        assertEquals(0, broken.failedSteps());
        DueWorkReport again = rig.runAt("2026-03-01T10:00:00Z");
        assertEquals(List.of("c-1"), again.failedLedgers(), "still waking: the next run tries it again");

        StoredRecord bad = rig.storage.getRecord(ZHANG, LEDGER).orElseThrow();
        rig.storage.inTransaction(ZHANG, tx -> {
            tx.saveRecord(LEDGER, good.body(), bad.wakeAt(), bad.revision());
            return null;
        });
        assertEquals(List.of(), rig.runAt("2026-03-01T11:00:00Z").failedLedgers());
    }

    @Test
    void reportWithoutLedgers_hasNoFailedLedgers() {
        DueWorkReport report = new DueWorkReport(0, 0, new DispatchReport(0, 0, 0, 0));
        assertEquals(List.of(), report.failedLedgers());
    }
}
