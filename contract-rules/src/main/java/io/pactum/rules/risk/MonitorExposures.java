package io.pactum.rules.risk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monitor's in-force value per counterparty, adjusted by difference as contracts come, change
 * and go, and the concentration alerts computed from it: recomputed only when a total or the date
 * changed since the last time they were asked for (a summary after obligation changes alone
 * reuses them).
 *
 * <p>Not thread-safe.
 */
final class MonitorExposures {

    private final RiskProfiles profiles;
    private final Map<String, PartyTotal> totals = new HashMap<>();
    private long version;
    private long concentrationVersion = -1;
    private LocalDate concentrationDay = LocalDate.MIN;
    private List<Alert> concentration = List.of();

    MonitorExposures(RiskProfiles profiles) {
        this.profiles = profiles;
    }

    /** Counts a contract's value towards its counterparty. */
    void add(RiskSnapshot s, long value) {
        totals.computeIfAbsent(s.partyKey, k -> new PartyTotal()).add(value, s.counterpartyName, 1);
        version++;
    }

    /** Takes a contract's value off its counterparty. */
    void remove(String party, String name, long value) {
        PartyTotal x = totals.get(party);
        x.add(value, name, -1);
        if (x.contracts == 0) {
            totals.remove(party);
        }
        version++;
    }

    /** The concentration alerts as of a date, ordered by counterparty id. */
    List<Alert> concentration(LocalDate asOf) {
        if (concentrationVersion != version || !concentrationDay.equals(asOf)) {
            Map<String, Exposure> frozen = new HashMap<>();
            totals.forEach((k, v) -> frozen.put(k, new Exposure(v.minor, v.contracts, v.names.firstKey())));
            concentration = ConcentrationPhase.alerts(profiles, frozen, asOf);
            concentrationVersion = version;
            concentrationDay = asOf;
        }
        return concentration;
    }

    /** A counterparty's running total, with the names its contracts give it. */
    private static final class PartyTotal {
        long minor;
        long contracts;
        final TreeMap<String, long[]> names = new TreeMap<>();

        void add(long value, String name, int sign) {
            minor += sign * value;
            contracts += sign;
            long[] c = names.computeIfAbsent(name, k -> new long[1]);
            c[0] += sign;
            if (c[0] == 0) {
                names.remove(name);
            }
        }
    }
}
