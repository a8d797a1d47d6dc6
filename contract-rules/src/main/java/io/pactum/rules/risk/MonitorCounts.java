package io.pactum.rules.risk;

import io.pactum.rules.risk.internal.SortedArrayMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The monitor's alert counters, by severity, rule, department and counterparty, as arrays indexed
 * by dense numbers: the monitor numbers a contract's department and counterparty once when the
 * contract is put, so that counting an alert raised or resolved is four array increments instead of
 * four string-keyed map updates. The summary's sorted maps are built from the arrays in key order
 * (a sorted order of the keys is kept and redone only when a key is added), dropping zero counts,
 * which gives the same maps as {@link io.pactum.rules.risk.internal.AlertCounts} counting the same
 * alerts.
 *
 * <p>Not thread-safe.
 */
final class MonitorCounts {

    private static final Severity[] SEVERITIES = Severity.values();
    private static final RiskRule[] RULES = RiskRule.values();

    private long alerts;
    private long score;
    private final long[] bySeverity = new long[SEVERITIES.length];
    private final Keys rules = new Keys();
    /** The rule number of each built-in rule (whose id is the rule's own), -1 until first counted. */
    private final int[] ruleNumber = new int[RULES.length];
    private final Keys departments = new Keys();
    private final Keys parties = new Keys();

    MonitorCounts() {
        Arrays.fill(ruleNumber, -1);
    }

    /** The number of a department, given on first use. */
    int department(String department) {
        return departments.number(department);
    }

    /** The number of a counterparty, given on first use. */
    int party(String party) {
        return parties.number(party);
    }

    /**
     * Counts a contract's alert, or uncounts it with {@code sign = -1}.
     *
     * @param department the contract's department number
     * @param party the contract's counterparty number
     */
    void add(Alert a, int department, int party, int sign) {
        alerts += sign;
        score += (long) sign * a.score();
        bySeverity[a.severity().ordinal()] += sign;
        int rule = rule(a); // first: numbering a new rule may grow the counts array
        rules.counts[rule] += sign;
        if (department >= 0) {
            departments.counts[department] += sign;
        }
        parties.counts[party] += sign;
    }

    private int rule(Alert a) {
        RiskRule r = a.rule();
        if (r == RiskRule.CUSTOM) {
            return rules.number(a.ruleId());
        }
        int n = ruleNumber[r.ordinal()];
        if (n < 0) {
            n = rules.number(a.ruleId());
            ruleNumber[r.ordinal()] = n;
        }
        return n;
    }

    /** The summary with the portfolio alerts (concentration) counted in. */
    PortfolioSummary summary(LocalDate asOf, long contracts, List<Alert> concentration) {
        for (Alert a : concentration) {
            add(a, -1, party(a.counterpartyId().value()), 1);
        }
        try {
            String[] names = new String[SEVERITIES.length];
            Long[] values = new Long[SEVERITIES.length];
            int n = 0;
            // severity names in natural order
            String[] sorted = new String[SEVERITIES.length];
            for (int i = 0; i < SEVERITIES.length; i++) {
                sorted[i] = SEVERITIES[i].name();
            }
            Arrays.sort(sorted);
            for (String name : sorted) {
                long c = bySeverity[Severity.valueOf(name).ordinal()];
                if (c != 0) {
                    names[n] = name;
                    values[n++] = c;
                }
            }
            return new PortfolioSummary(asOf, contracts, alerts, score, new SortedArrayMap<Long>(names, values, n),
                    rules.frozen(), departments.frozen(), parties.frozen(), concentration);
        } finally {
            for (Alert a : concentration) {
                add(a, -1, party(a.counterpartyId().value()), -1);
            }
        }
    }

    /** Keys numbered in order of first use, with a count per number and a sorted order of the numbers. */
    private static final class Keys {
        private final Map<String, Integer> numbers = new HashMap<>();
        private String[] names = new String[8];
        long[] counts = new long[8];
        private int size;
        private int[] order = new int[0];

        int number(String key) {
            Integer n = numbers.get(key);
            if (n != null) {
                return n;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            names[size] = key;
            numbers.put(key, size);
            return size++;
        }

        SortedMap<String, Long> frozen() {
            if (order.length != size) {
                Integer[] boxed = new Integer[size];
                for (int i = 0; i < size; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (a, b) -> names[a].compareTo(names[b]));
                order = new int[size];
                for (int i = 0; i < size; i++) {
                    order[i] = boxed[i];
                }
            }
            String[] keys = new String[size];
            Long[] values = new Long[size];
            int n = 0;
            for (int i : order) {
                long c = counts[i];
                if (c != 0) {
                    keys[n] = names[i];
                    values[n++] = c;
                }
            }
            return new SortedArrayMap<Long>(keys, values, n);
        }
    }
}
