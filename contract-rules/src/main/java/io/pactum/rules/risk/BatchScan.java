package io.pactum.rules.risk;

import java.time.LocalDate;
import java.util.Arrays;

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

    /** The hot loop: primitive columns front to back, counters in arrays, no allocation per contract. */
    static BatchScan run(RiskBatch b, LocalDate asOfDate) {
        RuleCodes codes = b.engine.codes();
        int asOf = (int) asOfDate.toEpochDay();
        long[] bySeverity = new long[Severity.values().length];
        long[] byRule = new long[codes.slots()];
        long[] byDepartment = new long[b.departmentIds.length];
        long[] byParty = new long[b.partyIds.length];
        long[] exposure = new long[b.partyIds.length];
        long[] exposureCount = new long[b.partyIds.length];
        int[] alerting = new int[64];
        int alertingCount = 0;
        long alerts = 0;
        long score = 0;
        int[] points = new int[Severity.values().length];
        for (Severity s : Severity.values()) {
            points[s.ordinal()] = s.points();
        }
        final byte[] flags = b.flags;
        final int[] winFrom = b.winFrom;
        final int[] winTo = b.winTo;
        final int[] obFrom = b.obFrom;
        final int[] obUntil = b.obUntil;
        final int[] obStart = b.obligationStart;
        final int[] amStart = b.amendmentStart;
        final int[] amendments = b.amendments;
        final int[] staticCombo = b.staticCombo;
        final int[] party = b.party;
        final long[] value = b.value;
        // codes of the hits of one contract; at most 3 windows + churn + undated + obligations
        int[] hits = new int[16];
        for (int i = 0; i < b.size; i++) {
            int h = 0;
            int w = RiskBatch.WINDOWS * i;
            for (int k = 0; k < RiskBatch.WINDOWS; k++) {
                if (winFrom[w + k] <= asOf && asOf <= winTo[w + k]) {
                    hits[h++] = b.winCode[w + k];
                }
            }
            int a0 = amStart[i];
            int a1 = amStart[i + 1];
            if (a0 != a1) {
                int pi = b.profile[i];
                int from = asOf - codes.churnPeriod[pi];
                int count = 0;
                for (int a = a0; a < a1; a++) {
                    int d = amendments[a];
                    if (d <= asOf && d > from) {
                        count++;
                    }
                }
                if (count > codes.churnMax[pi]) {
                    hits[h++] = codes.churnCode[pi];
                }
            }
            int o1 = obStart[i + 1];
            for (int j = obStart[i]; j < o1; j++) {
                if (obFrom[j] <= asOf && asOf < obUntil[j]) {
                    if (h == hits.length) {
                        hits = Arrays.copyOf(hits, 2 * h);
                    }
                    hits[h++] = obligationCode(b, codes, i, j, asOf);
                }
            }
            int combo = staticCombo[i];
            if ((flags[i] & RiskBatch.IN_FORCE) != 0) {
                int p = party[i];
                try {
                    exposure[p] = Math.addExact(exposure[p], value[i]);
                } catch (ArithmeticException e) {
                    throw ScanAccumulator.overflow();
                }
                exposureCount[p]++;
            }
            if (h == 0 && combo == 0) {
                continue;
            }
            int[] undated = b.combos[combo];
            int n = h + undated.length;
            alerts += n;
            byDepartment[b.department[i]] += n;
            byParty[party[i]] += n;
            for (int k = 0; k < h; k++) {
                int c = hits[k];
                bySeverity[c & 7]++;
                byRule[c >>> 3]++;
                score += points[c & 7];
            }
            for (int c : undated) {
                bySeverity[c & 7]++;
                byRule[c >>> 3]++;
                score += points[c & 7];
            }
            if (alertingCount == alerting.length) {
                alerting = Arrays.copyOf(alerting, 2 * alertingCount);
            }
            alerting[alertingCount++] = i;
        }
        ScanPart part = ScanPart.fromColumns(asOfDate, b.size, alerts, score, bySeverity, byRule, codes,
                byDepartment, b.departmentIds, byParty, b.partyIds, exposure, exposureCount, b.partyNames);
        return new BatchScan(b, asOfDate, part, Arrays.copyOf(alerting, alertingCount));
    }

    private static int obligationCode(RiskBatch b, RuleCodes codes, int i, int j, int asOf) {
        byte code = b.obCode[j];
        if (code != RuleCodes.PAYMENT) {
            return code;
        }
        int days = asOf - (b.obFrom[j] - 1);
        int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
        return codes.agingCodes[4 * b.profile[i] + bucket];
    }
}
