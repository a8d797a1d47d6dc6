package io.pactum.rules.risk.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mergeable alert counters by severity, rule, department and counterparty, with the score total.
 * Counting is a sum, so merging is associative and commutative; a count that goes back to zero
 * disappears, so counters reached by adding and removing equal counters built from scratch.
 *
 * <p>Not thread-safe: one per thread, merged afterwards.
 */
public final class AlertCounts {

    private long alerts;
    private long score;
    private final Map<String, long[]> bySeverity = new HashMap<>();
    private final Map<String, long[]> byRule = new HashMap<>();
    private final Map<String, long[]> byDepartment = new HashMap<>();
    private final Map<String, long[]> byCounterparty = new HashMap<>();

    /** Empty counters. */
    public AlertCounts() {
    }

    /**
     * Counts one alert, or uncounts it with {@code sign = -1}.
     *
     * @param department the department, or {@code null} for portfolio alerts
     */
    public void add(String severity, String rule, @org.jspecify.annotations.Nullable String department, String counterparty, int points, int sign) {
        alerts += sign;
        score += (long) sign * points;
        bump(bySeverity, severity, sign);
        bump(byRule, rule, sign);
        if (department != null) {
            bump(byDepartment, department, sign);
        }
        bump(byCounterparty, counterparty, sign);
    }

    /** Adds every count of another counter into this one. */
    public void addAll(AlertCounts other) {
        alerts += other.alerts;
        score += other.score;
        other.bySeverity.forEach((k, v) -> bump(bySeverity, k, v[0]));
        other.byRule.forEach((k, v) -> bump(byRule, k, v[0]));
        other.byDepartment.forEach((k, v) -> bump(byDepartment, k, v[0]));
        other.byCounterparty.forEach((k, v) -> bump(byCounterparty, k, v[0]));
    }

    private static void bump(Map<String, long[]> map, String key, long by) {
        long[] c = map.computeIfAbsent(key, k -> new long[1]);
        c[0] += by;
        if (c[0] == 0) {
            map.remove(key);
        }
    }

    /** The number of alerts. */
    public long alerts() {
        return alerts;
    }

    /** The sum of the alerts' scores. */
    public long score() {
        return score;
    }

    /** Counts by severity name, sorted. */
    public SortedMap<String, Long> bySeverity() {
        return frozen(bySeverity);
    }

    /** Counts by rule id, sorted. */
    public SortedMap<String, Long> byRule() {
        return frozen(byRule);
    }

    /** Counts by department id, sorted. */
    public SortedMap<String, Long> byDepartment() {
        return frozen(byDepartment);
    }

    /** Counts by counterparty id, sorted. */
    public SortedMap<String, Long> byCounterparty() {
        return frozen(byCounterparty);
    }

    private static SortedMap<String, Long> frozen(Map<String, long[]> map) {
        TreeMap<String, Long> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v[0]));
        return Collections.unmodifiableSortedMap(out);
    }
}
