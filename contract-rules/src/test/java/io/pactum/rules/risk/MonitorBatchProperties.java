package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link RiskMonitor#putObligations} against the same changes made one {@code putObligation} at a
 * time, on random portfolios and batches: changes to the same contracts and the same obligations
 * several times in one batch, new obligations (added once or twice), batches that outgrow a
 * contract's slots (so that its obligations move and the columns are compacted mid-batch), and
 * batches whose tags wrap around; batches of changing sizes (one above the size whose scratch the
 * monitor keeps, smaller ones after it), and batches refused for an unknown contract, after which
 * the next batch must find the monitor, and its reused scratch, as before. After each batch both monitors hold the same alerts and summary,
 * equal to a full scan, also after a later roll-over (the due calendar is the same); and the
 * batch's diff is the difference of the changed obligations' alerts before and after it.
 */
class MonitorBatchProperties {

    @Property(tries = 300)
    void putObligations_anyBatches_likeOneAtATimeAndDiffOfChangedObligations(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int size, @ForAll @IntRange(min = 1, max = 6) int batches,
            @ForAll @IntRange(min = 0, max = 40) int batchSize, @ForAll boolean nearTagLimit,
            @ForAll boolean oneBigBatch) {
        RiskEngine engine = RiskFixtures.engine("CNY");
        Random r = new Random(seed);
        Map<ContractId, RiskSnapshot> current = RandomPortfolio.byId(seed, size, "CNY");
        LocalDate asOf = RandomPortfolio.asOf(r);
        RiskMonitor batched = engine.monitor(current.values(), asOf);
        RiskMonitor single = engine.monitor(current.values(), asOf);
        batched.compactionFloor(r.nextBoolean() ? 0 : 64);
        if (nearTagLimit) {
            // the next batches' tags run past the highest one, so the monitor clears them and starts again
            batched.lastTag(ObligationColumns.MAX_TAG - r.nextInt(2 * batchSize + 1));
        }
        List<ContractId> ids = new ArrayList<>(current.keySet());
        int big = oneBigBatch ? r.nextInt(batches) : -1;
        for (int batch = 0; batch < batches; batch++) {
            List<ObligationChange> changes = new ArrayList<>();
            Set<List<String>> touched = new LinkedHashSet<>();
            Map<ContractId, RiskSnapshot> next = new LinkedHashMap<>(current);
            int n = batch == big ? 1025 + r.nextInt(200) : r.nextInt(batchSize + 1);
            for (int c = 0; c < n; c++) {
                // a few contracts only, so that batches change the same contracts and obligations again
                ContractId id = ids.get(r.nextInt(Math.min(ids.size(), 1 + r.nextInt(3))));
                RiskSnapshot s = next.get(id);
                ObligationSnapshot o = MonitorOperationsProperties.obligation(r, s);
                changes.add(new ObligationChange(id, o));
                next.put(id, s.withObligation(o));
                touched.add(List.of(id.value(), o.id()));
            }
            if (r.nextInt(5) == 0) {
                // refused as a whole: the monitor stays as it was, and the next batch reuses the scratch
                int at = r.nextInt(changes.size() + 1);
                changes.add(at, new ObligationChange(ContractId.of("not-watched"),
                        ObligationSnapshot.open("X-1", ObligationKind.REPORT, asOf)));
                List<Alert> alertsBefore = batched.alerts();
                PactumException e = assertThrows(PactumException.class, () -> batched.putObligations(changes));
                assertEquals(RiskError.UNKNOWN_CONTRACT, e.errorCode());
                assertEquals("changes[" + at + "].contractId", e.path());
                assertEquals(alertsBefore, batched.alerts(), "batch " + batch + " refused");
                continue;
            }
            current = next;
            List<Alert> before = alertsAbout(batched, touched);
            AlertDiff diff = batched.putObligations(changes);
            for (ObligationChange change : changes) {
                single.putObligation(change.contractId(), change.obligation());
            }
            String step = "batch " + batch;
            assertEquals(AlertDiff.between(before, alertsAbout(batched, touched)), diff, step);
            assertEquals(single.alerts(), batched.alerts(), step);
            assertEquals(single.summary(), batched.summary(), step);
            PortfolioScanProperties.Result full = PortfolioScanProperties.fullScan(engine,
                    new ArrayList<>(current.values()), asOf);
            assertEquals(full.alerts, batched.alerts(), step);
            assertEquals(full.summary, batched.summary(), step);
        }
        // the rows are filed under the same next change days: a roll-over re-evaluates them alike
        LocalDate later = asOf.plusDays(1 + r.nextInt(90));
        assertEquals(single.advanceTo(later), batched.advanceTo(later));
        assertEquals(PortfolioScanProperties.fullScan(engine, new ArrayList<>(current.values()), later).alerts,
                batched.alerts());
    }

    /**
     * A batch is applied in row order; changes to one row keep their batch order, since they need
     * not commute. Rows up to 2^24 take the sort three passes, so each pass must keep the order
     * of the one before.
     */
    @Property(tries = 200)
    void sortByRow_anyRows_sortedAndStable(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size,
            @ForAll @IntRange(min = 1, max = 24) int rowBits) {
        Random r = new Random(seed);
        int rowLimit = 1 << rowBits;
        ObligationBatch b = new ObligationBatch(300, 8);
        // twice over the same scratch, as a monitor's calls use it: the second sort starts from the
        // buffers the first left swapped
        for (int call = 0; call < 2; call++) {
            int n = call == 0 ? size : r.nextInt(301);
            b.start(n);
            for (int j = 0; j < n; j++) {
                // few distinct rows when rowBits is small: many changes to the same row
                b.readRows[j] = r.nextInt(rowLimit);
                b.readIdHashes[j] = j; // the batch index, to see the order the sort leaves
            }
            int[] rows = Arrays.copyOf(b.readRows, n);
            b.sortByRow(rowLimit);
            for (int at = 0; at < n; at++) {
                assertEquals(rows[b.idHashes[at]], b.rows[at], "the values travel with their change");
                if (at > 0) {
                    boolean ordered = b.rows[at - 1] < b.rows[at]
                            || b.rows[at - 1] == b.rows[at] && b.idHashes[at - 1] < b.idHashes[at];
                    assertEquals(true, ordered, "position " + at);
                }
            }
            b.finish();
        }
    }

    /** The current alerts about the given (contract id, obligation id) pairs. */
    private static List<Alert> alertsAbout(RiskMonitor monitor, Set<List<String>> obligations) {
        List<Alert> out = new ArrayList<>();
        for (Alert a : monitor.alerts()) {
            if (a.contractId() != null && a.subject().kind() == AlertSubject.Kind.OBLIGATION
                    && obligations.contains(List.of(a.contractId().value(), a.subject().id()))) {
                out.add(a);
            }
        }
        return out;
    }
}
