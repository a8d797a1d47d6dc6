package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.AlertCounts;
import io.pactum.rules.risk.internal.SortedArrayMap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of scanning one chunk of a portfolio, before the portfolio phase: alert counters and
 * the in-force value per counterparty. Parts of the same date {@link #merge} associatively and
 * commutatively, so a host can scan partitions anywhere (threads, a Spark or Flink map) and
 * combine the parts in any grouping; {@link RiskEngine#finish} then adds the concentration alerts.
 *
 * <p>Serializable, so that a distributed engine can ship parts between workers. Immutable and
 * thread-safe. Its size grows with the number of counterparties and departments,
 * not with the number of contracts or alerts.
 */
public final class ScanPart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate asOf;
    private final long contracts;
    private final long alerts;
    private final long score;
    private final SortedMap<String, Long> bySeverity;
    private final SortedMap<String, Long> byRule;
    private final SortedMap<String, Long> byDepartment;
    private final SortedMap<String, Long> byCounterparty;
    private final SortedMap<String, Exposure> exposures;

    ScanPart(LocalDate asOf, long contracts, AlertCounts counts, Map<String, Exposure> exposures) {
        this(asOf, contracts, counts.alerts(), counts.score(), counts.bySeverity(), counts.byRule(),
                counts.byDepartment(), counts.byCounterparty(), exposures);
    }

    private ScanPart(LocalDate asOf, long contracts, long alerts, long score, Map<String, Long> bySeverity,
            Map<String, Long> byRule, Map<String, Long> byDepartment, Map<String, Long> byCounterparty,
            Map<String, Exposure> exposures) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.contracts = contracts;
        this.alerts = alerts;
        this.score = score;
        this.bySeverity = frozen(bySeverity);
        this.byRule = frozen(byRule);
        this.byDepartment = frozen(byDepartment);
        this.byCounterparty = frozen(byCounterparty);
        this.exposures = frozen(exposures);
    }

    /**
     * A batch scan's part from its count columns (indexed by severity ordinal, rule slot and dense
     * department and counterparty indexes); zero counts are left out, as in counters built alert
     * by alert.
     */
    static ScanPart fromColumns(LocalDate asOf, long contracts, long alerts, long score, long[] bySeverity,
            long[] byRule, RuleCodes codes, long[] byDepartment, String[] departmentIds, int[] departmentOrder,
            long[] byParty, String[] partyIds, int[] partyOrder, SortedMap<String, Exposure> exposures) {
        Map<String, Long> severities = new HashMap<>();
        Severity[] all = Severity.values();
        for (int i = 0; i < bySeverity.length; i++) {
            if (bySeverity[i] != 0) {
                severities.put(all[i].name(), bySeverity[i]);
            }
        }
        Map<String, Long> rules = new HashMap<>();
        for (int i = 0; i < byRule.length; i++) {
            if (byRule[i] != 0) {
                rules.put(codes.ruleId(i), byRule[i]);
            }
        }
        // departments and counterparties come in id order, so the sorted maps are built in one pass
        String[] keys = new String[departmentOrder.length];
        Object[] values = new Object[keys.length];
        int n = 0;
        for (int i : departmentOrder) {
            if (byDepartment[i] != 0) {
                keys[n] = departmentIds[i];
                values[n++] = byDepartment[i];
            }
        }
        SortedArrayMap<Long> departments = new SortedArrayMap<>(keys, values, n);
        keys = new String[partyOrder.length];
        values = new Object[keys.length];
        n = 0;
        for (int i : partyOrder) {
            if (byParty[i] != 0) {
                keys[n] = partyIds[i];
                values[n++] = byParty[i];
            }
        }
        return new ScanPart(asOf, contracts, alerts, score, severities, rules, departments,
                new SortedArrayMap<Long>(keys, values, n), exposures);
    }

    private static <V> SortedMap<String, V> frozen(Map<String, V> m) {
        return SortedArrayMap.of(m);
    }

    /**
     * Combines two parts of the same date.
     *
     * @param other a part of the same scan date
     * @return the combined part
     * @throws PactumException {@link RiskError#PARTS_DO_NOT_MATCH} for parts of different dates
     */
    public ScanPart merge(ScanPart other) {
        if (!asOf.equals(other.asOf)) {
            throw new PactumException(RiskError.PARTS_DO_NOT_MATCH, "asOf",
                    "cannot merge a part as of " + asOf + " with one as of " + other.asOf);
        }
        // parts hold sorted maps: merge them in one pass each (a part can hold 20,000 counterparties)
        return new ScanPart(asOf, contracts + other.contracts, alerts + other.alerts, score + other.score,
                SortedArrayMap.merge(bySeverity, other.bySeverity, Long::sum),
                SortedArrayMap.merge(byRule, other.byRule, Long::sum),
                SortedArrayMap.merge(byDepartment, other.byDepartment, Long::sum),
                SortedArrayMap.merge(byCounterparty, other.byCounterparty, Long::sum),
                SortedArrayMap.merge(exposures, other.exposures, Exposure::plus));
    }

    /** The scan date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The contracts scanned. */
    public long contracts() {
        return contracts;
    }

    /** The alerts raised (per-contract rules only). */
    public long alerts() {
        return alerts;
    }

    /** The sum of the alerts' scores. */
    public long score() {
        return score;
    }

    /** Alert counts by severity name. */
    public SortedMap<String, Long> bySeverity() {
        return bySeverity;
    }

    /** Alert counts by rule id. */
    public SortedMap<String, Long> byRule() {
        return byRule;
    }

    /** Alert counts by department id. */
    public SortedMap<String, Long> byDepartment() {
        return byDepartment;
    }

    /** Alert counts by counterparty id. */
    public SortedMap<String, Long> byCounterparty() {
        return byCounterparty;
    }

    /** In-force value by counterparty id, in the portfolio currency. */
    public SortedMap<String, Exposure> exposures() {
        return exposures;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        if (!(o instanceof ScanPart)) {
            return false;
        }
        ScanPart p = (ScanPart) o;
        return asOf.equals(p.asOf) && contracts == p.contracts && alerts == p.alerts && score == p.score
                && bySeverity.equals(p.bySeverity) && byRule.equals(p.byRule) && byDepartment.equals(p.byDepartment)
                && byCounterparty.equals(p.byCounterparty) && exposures.equals(p.exposures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, contracts, alerts, score, byRule, exposures);
    }

    @Override
    public String toString() {
        return "ScanPart[" + asOf + ", " + contracts + " contracts, " + alerts + " alerts, by rule " + byRule + "]";
    }
}
