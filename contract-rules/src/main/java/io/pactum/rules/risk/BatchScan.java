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
     * Two passes over the columns, front to back: the contracts, then all obligations. Counters
     * live in arrays indexed by severity, rule slot, department and counterparty; nothing is
     * allocated per contract. A day test {@code from <= asOf <= to} is the sign of {@code
     * (from - asOf - 1) & (asOf - to - 1)} (days are bounded, see {@link RiskBatch#LIMIT}), and a
     * test's 0/1 outcome is added to the counters rather than branched on, because which
     * contracts hit is unpredictable and a mispredicted branch costs more than the additions.
     */
    static BatchScan run(RiskBatch b, LocalDate asOfDate) {
        Counters c = new Counters(b);
        int asOf = RiskBatch.clamp(asOfDate.toEpochDay());
        contracts(b, c, asOf);
        obligations(b, c, asOf);
        long alerts = 0;
        long score = 0;
        Severity[] severities = Severity.values();
        for (int s = 0; s < c.bySeverity.length; s++) {
            alerts += c.bySeverity[s];
            score += c.bySeverity[s] * severities[s].points();
        }
        ScanPart part = ScanPart.fromColumns(asOfDate, b.size, alerts, score, c.bySeverity, c.byRule,
                b.engine.codes(), c.byDepartment, b.departmentIds, b.departmentOrder, c.byParty, b.partyIds,
                b.partyOrder, c.exposure, c.exposureCount, b.partyNames);
        return new BatchScan(b, asOfDate, part, BitSet.valueOf(c.alerting).stream().toArray());
    }

    /** One scan's counters. */
    private static final class Counters {
        final long[] bySeverity = new long[Severity.values().length];
        final long[] byRule;
        final long[] byDepartment;
        final long[] byParty;
        final long[] exposure;
        final long[] exposureCount;
        /** A bit per contract: raised at least one alert. */
        final long[] alerting;

        Counters(RiskBatch b) {
            byRule = new long[b.engine.codes().slots()];
            byDepartment = new long[b.departmentIds.length];
            byParty = new long[b.partyIds.length];
            exposure = new long[b.partyIds.length];
            exposureCount = new long[b.partyIds.length];
            alerting = new long[(b.size + 63) >>> 6];
        }
    }

    /** The contract pass: windows, churn, the undated rules' codes, exposure. */
    private static void contracts(RiskBatch b, Counters c, int asOf) {
        RuleCodes codes = b.engine.codes();
        final int n = b.size;
        final int asOf1 = asOf + 1;
        final long[] bySeverity = c.bySeverity;
        final long[] byRule = c.byRule;
        final long[] byDepartment = c.byDepartment;
        final long[] byParty = c.byParty;
        final long[] exposure = c.exposure;
        final long[] exposureCount = c.exposureCount;
        final long[] alerting = c.alerting;
        final byte[] flags = b.flags;
        final int[] profile = b.profile;
        final int[] winFrom = b.winFrom;
        final int[] winTo = b.winTo;
        final short[] winCode = b.winCode;
        final int[] amStart = b.amendmentStart;
        final int[] amendments = b.amendments;
        final int[] staticCombo = b.staticCombo;
        final int[][] combos = b.combos;
        final int[] department = b.department;
        final int[] party = b.party;
        final long[] value = b.value;
        final int[] churnMax = codes.churnMax;
        final int[] churnPeriod = codes.churnPeriod;
        final int[] churnCode = codes.churnCode;
        for (int i = 0; i < n; i++) {
            // three windows, written out: the loop body stays straight-line code
            int k = RiskBatch.WINDOWS * i;
            int hit0 = ((winFrom[k] - asOf1) & (asOf - winTo[k] - 1)) >>> 31;
            int hit1 = ((winFrom[k + 1] - asOf1) & (asOf - winTo[k + 1] - 1)) >>> 31;
            int hit2 = ((winFrom[k + 2] - asOf1) & (asOf - winTo[k + 2] - 1)) >>> 31;
            int hits = hit0 + hit1 + hit2;
            if (hits != 0) {
                window(winCode[k], hit0, bySeverity, byRule);
                window(winCode[k + 1], hit1, bySeverity, byRule);
                window(winCode[k + 2], hit2, bySeverity, byRule);
            }
            // churn: amendments in (asOf - period, asOf]; a contract without churn has none stored
            int pi = profile[i];
            int from = asOf - churnPeriod[pi];
            int inWindow = 0;
            for (int a = amStart[i], end = amStart[i + 1]; a < end; a++) {
                int d = amendments[a];
                inWindow += ((from - d) & (d - asOf1)) >>> 31;
            }
            int churn = (churnMax[pi] - inWindow) >>> 31;
            int code = churnCode[pi];
            bySeverity[code & 7] += churn;
            byRule[code >>> 3] += churn;
            hits += churn;
            int combo = staticCombo[i];
            if (combo != 0) {
                for (int u : combos[combo]) {
                    bySeverity[u & 7]++;
                    byRule[u >>> 3]++;
                }
                hits += combos[combo].length;
            }
            int p = party[i];
            byDepartment[department[i]] += hits;
            byParty[p] += hits;
            alerting[i >>> 6] |= (long) ((-hits) >>> 31) << i;
            // value is 0 for contracts not in force, which then add nothing
            try {
                exposure[p] = Math.addExact(exposure[p], value[i]);
            } catch (ArithmeticException e) {
                throw ScanAccumulator.overflow();
            }
            exposureCount[p] += flags[i] & RiskBatch.IN_FORCE;
        }
    }

    private static void window(int code, int hit, long[] bySeverity, long[] byRule) {
        bySeverity[code & 7] += hit;
        byRule[code >>> 3] += hit;
    }

    /** The obligation pass: a sign test per obligation; the rare hit finds its contract by walking forward. */
    private static void obligations(RiskBatch b, Counters c, int asOf) {
        final int[] obFrom = b.obFrom;
        final int[] obUntil = b.obUntil;
        final int asOf1 = asOf + 1;
        final int m = b.obligationStart[b.size];
        int owner = 0;
        for (int j = 0; j < m; j++) {
            if (((obFrom[j] - asOf1) & (asOf - obUntil[j])) < 0) {
                owner = hit(b, c, owner, j, asOf);
            }
        }
    }

    private static int hit(RiskBatch b, Counters c, int from, int j, int asOf) {
        int owner = from;
        while (b.obligationStart[owner + 1] <= j) {
            owner++;
        }
        int code = obligationCode(b, b.engine.codes(), owner, j, asOf);
        c.bySeverity[code & 7]++;
        c.byRule[code >>> 3]++;
        c.byDepartment[b.department[owner]]++;
        c.byParty[b.party[owner]]++;
        c.alerting[owner >>> 6] |= 1L << owner;
        return owner;
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
