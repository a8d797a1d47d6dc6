package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.AlertCounts;
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
            long[] byRule, RuleCodes codes, long[] byDepartment, String[] departmentIds, long[] byParty,
            String[] partyIds, long[] exposure, long[] exposureCount, @org.jspecify.annotations.Nullable String[] names) {
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
        Map<String, Long> departments = new HashMap<>();
        for (int i = 0; i < byDepartment.length; i++) {
            if (byDepartment[i] != 0) {
                departments.put(departmentIds[i], byDepartment[i]);
            }
        }
        Map<String, Long> parties = new HashMap<>();
        Map<String, Exposure> exposures = new HashMap<>();
        for (int i = 0; i < byParty.length; i++) {
            if (byParty[i] != 0) {
                parties.put(partyIds[i], byParty[i]);
            }
            String name = names[i];
            if (exposureCount[i] != 0 && name != null) {
                exposures.put(partyIds[i], new Exposure(exposure[i], exposureCount[i], name));
            }
        }
        return new ScanPart(asOf, contracts, alerts, score, severities, rules, departments, parties, exposures);
    }

    private static <V> SortedMap<String, V> frozen(Map<String, V> m) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(m));
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
        Map<String, Exposure> ex = new HashMap<>(exposures);
        other.exposures.forEach((k, v) -> ex.merge(k, v, Exposure::plus));
        return new ScanPart(asOf, contracts + other.contracts, alerts + other.alerts, score + other.score,
                sum(bySeverity, other.bySeverity), sum(byRule, other.byRule), sum(byDepartment, other.byDepartment),
                sum(byCounterparty, other.byCounterparty), ex);
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
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
