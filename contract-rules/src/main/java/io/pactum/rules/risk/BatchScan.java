package io.pactum.rules.risk;

import java.time.LocalDate;
import java.util.BitSet;

/**
 * The result of scanning one {@link RiskBatch} as of a date ({@link RiskEngine#scanBatch}): the
 * chunk's {@link ScanPart} (exact counters and counterparty totals, to merge and finish like a
 * chunk scan's) and which contracts raised alerts. The alerts themselves are built only when asked
 * ({@link #forEachAlert}), from the contracts' snapshots by the same code as a chunk scan, so they
 * carry the same keys, facts and messages.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchScan {

    private final RiskBatch batch;
    private final LocalDate asOf;
    private final ScanPart part;
    private final int[] alerting;

    private BatchScan(RiskBatch batch, LocalDate asOf, ScanPart part, int[] alerting) {
        this.batch = batch;
        this.asOf = asOf;
        this.part = part;
        this.alerting = alerting;
    }

    /** The chunk's part: counters by severity, rule, department and counterparty, and exposures. */
    public ScanPart part() {
        return part;
    }

    /** The scan date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The number of per-contract alerts raised (concentration comes with {@link RiskEngine#finish}). */
    public long alerts() {
        return part.alerts();
    }

    /** The number of contracts with at least one alert. */
    public int alertingContracts() {
        return alerting.length;
    }

    /**
     * Builds the alerts and hands them to a sink, contract by contract in batch order.
     *
     * @param sink receives every per-contract alert of the scan
     */
    public void forEachAlert(AlertSink sink) {
        int day = (int) asOf.toEpochDay();
        ContractEvaluator evaluator = batch.engine.evaluator();
        for (int i : alerting) {
            evaluator.evaluate(batch.snapshots[i], day, sink);
        }
    }

    @Override
    public String toString() {
        return "BatchScan[" + asOf + ", " + batch.size + " contracts, " + part.alerts() + " alerts]";
    }

    /**
     * One pass over the intervals, front to back, starting from the counts of the rules that do
     * not depend on the date. An interval holds when {@code from <= asOf < until}: the sign of
     * {@code (from - asOf - 1) & (asOf - until)} (days are bounded, see {@link RiskBatch#LIMIT}).
     * Few intervals hold on any one day (about one in sixty in the benchmark portfolio), so the
     * branch on the test is well predicted and the loop is two loads and a few integer operations
     * per interval. A hit reads its contract and code beside the days it just tested, its
     * contract's department, counterparty and profile from one line, and counts into arrays
     * indexed by severity, rule slot, department and counterparty.
     * Nothing is allocated per contract or per hit.
     */
    static BatchScan run(RiskBatch b, LocalDate asOfDate) {
        Counters c = new Counters(b);
        int asOf = RiskBatch.clamp(asOfDate.toEpochDay());
        final int[] intervals = b.intervals;
        final int asOf1 = asOf + 1;
        final int end = RiskBatch.INTERVAL_WIDTH * b.intervalCount();
        for (int at = 0; at < end; at += RiskBatch.INTERVAL_WIDTH) {
            if (((intervals[at + RiskBatch.FROM] - asOf1) & (asOf - intervals[at + RiskBatch.UNTIL])) < 0) {
                hit(b, c, at, asOf);
            }
        }
        long alerts = 0;
        long score = 0;
        Severity[] severities = Severity.values();
        for (int s = 0; s < c.bySeverity.length; s++) {
            alerts += c.bySeverity[s];
            score += c.bySeverity[s] * severities[s].points();
        }
        ScanPart part = ScanPart.fromColumns(asOfDate, b.size, alerts, score, c.bySeverity, c.byRule,
                b.engine.codes(), c.byDepartment, b.departmentIds, b.departmentOrder, c.byParty, b.partyIds,
                b.partyOrder, b.exposures);
        return new BatchScan(b, asOfDate, part, BitSet.valueOf(c.alerting).stream().toArray());
    }

    /** One scan's counters, starting from the batch's counts of the undated rules. */
    private static final class Counters {
        final long[] bySeverity;
        final long[] byRule;
        final long[] byDepartment;
        final long[] byParty;
        /** A bit per contract: raised at least one alert. */
        final long[] alerting;

        Counters(RiskBatch b) {
            bySeverity = b.staticBySeverity.clone();
            byRule = b.staticByRule.clone();
            byDepartment = b.staticByDepartment.clone();
            byParty = b.staticByParty.clone();
            alerting = b.staticAlerting.clone();
        }
    }

    /** Counts the interval at {@code at}, which holds. */
    private static void hit(RiskBatch b, Counters c, int at, int asOf) {
        final int[] contracts = b.contracts;
        final int word = b.intervals[at + RiskBatch.OWNER_CODE];
        final int owner = word >>> 8;
        final int record = RiskBatch.CONTRACT_WIDTH * owner;
        int code = word & 0xFF;
        if (code == RiskBatch.PAYMENT) {
            // a payment's interval starts the day after it was due: its age decides the severity
            int days = asOf - (b.intervals[at + RiskBatch.FROM] - 1);
            int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
            code = b.engine.codes().agingCodes[4 * contracts[record + RiskBatch.PROFILE] + bucket];
        }
        c.bySeverity[code & 7]++;
        c.byRule[code >>> 3]++;
        c.byDepartment[contracts[record + RiskBatch.DEPARTMENT]]++;
        c.byParty[contracts[record + RiskBatch.PARTY]]++;
        c.alerting[owner >>> 6] |= 1L << owner;
    }
}
