package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.AlertCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a portfolio's alerts current as the date rolls over and contracts change, re-evaluating
 * only what can have changed: a changed contract, and the contracts whose next change date (the
 * first day any of their rules' outcomes can differ) has come. Counters and counterparty totals
 * are adjusted by difference; concentration is recomputed from the totals when asked. The result
 * equals a full {@link RiskEngine#scan} as of the same date.
 *
 * <p>Not thread-safe: one owner drives it.
 */
public final class RiskMonitor {

    private static final AlertDiff QUIET = new AlertDiff(List.of(), List.of(), List.of());

    private final RiskEngine engine;
    private int asOf;
    private final Map<ContractId, Entry> entries = new HashMap<>();
    private final TreeMap<Integer, Set<Entry>> due = new TreeMap<>();
    private final AlertCounts counts = new AlertCounts();
    private final Map<String, PartyTotal> exposures = new HashMap<>();
    private long evaluations;

    RiskMonitor(RiskEngine engine, LocalDate asOf) {
        this.engine = engine;
        this.asOf = (int) asOf.toEpochDay();
    }

    /** One contract's current state; updated in place so that an unchanged due date keeps its index slot. */
    private static final class Entry {
        RiskSnapshot snapshot;
        List<Alert> alerts;
        int next;
        long exposure;
        boolean inForce;

        Entry(RiskSnapshot snapshot, List<Alert> alerts, int next, long exposure, boolean inForce) {
            this.snapshot = snapshot;
            this.alerts = alerts;
            this.next = next;
            this.exposure = exposure;
            this.inForce = inForce;
        }
    }

    void add(RiskSnapshot s) {
        if (entries.containsKey(s.contractId)) {
            throw new PactumException(RiskError.DUPLICATE_CONTRACT, "contractId",
                    "contract " + s.contractId.value() + " appears twice");
        }
        install(s);
    }

    /** The date the alerts are current for. */
    public LocalDate asOf() {
        return LocalDate.ofEpochDay(asOf);
    }

    /** The number of contracts watched. */
    public int size() {
        return entries.size();
    }

    /** How many contract evaluations the monitor has done since it started (for tests and tuning). */
    public long evaluations() {
        return evaluations;
    }

    /**
     * Adds or replaces a contract and re-evaluates it.
     *
     * @param snapshot the contract's new snapshot
     * @return how its alerts changed
     */
    public AlertDiff put(RiskSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Entry e = entries.get(snapshot.contractId);
        if (e == null) {
            Entry now = install(snapshot);
            return now.alerts.isEmpty() ? QUIET : AlertDiff.between(List.of(), now.alerts);
        }
        List<Alert> before = e.alerts;
        update(e, snapshot);
        return before.isEmpty() && e.alerts.isEmpty() ? QUIET : AlertDiff.between(before, e.alerts);
    }

    /**
     * Stops watching a contract.
     *
     * @param contractId the contract
     * @return its alerts, all resolved
     */
    public AlertDiff remove(ContractId contractId) {
        Entry old = uninstall(Objects.requireNonNull(contractId, "contractId"));
        return AlertDiff.between(old == null ? List.of() : old.alerts, List.of());
    }

    /**
     * Moves to a later date, re-evaluating the contracts whose next change date has come.
     *
     * @param date the new date, not before the current one
     * @return how the re-evaluated contracts' alerts changed (alerts of contracts that were not
     *     re-evaluated are unchanged by construction; concentration is not included)
     * @throws PactumException {@link RiskError#DATE_BACKWARDS} for an earlier date
     */
    public AlertDiff advanceTo(LocalDate date) {
        int day = (int) date.toEpochDay();
        if (day < asOf) {
            throw new PactumException(RiskError.DATE_BACKWARDS, "asOf",
                    "cannot move from " + asOf() + " back to " + date);
        }
        asOf = day;
        List<Alert> before = new ArrayList<>();
        List<Alert> after = new ArrayList<>();
        while (!due.isEmpty() && due.firstKey() <= day) {
            Map.Entry<Integer, Set<Entry>> first = due.pollFirstEntry();
            for (Entry e : first.getValue()) {
                if (entries.get(e.snapshot.contractId) == e && e.next == first.getKey()) {
                    before.addAll(e.alerts);
                    e.next = ContractEvaluator.NEVER; // its slot was just polled
                    update(e, e.snapshot);
                    after.addAll(e.alerts);
                }
            }
        }
        return before.isEmpty() && after.isEmpty() ? QUIET : AlertDiff.between(before, after);
    }

    /** Every current alert, concentration included, ordered by key. */
    public List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.addAll(e.alerts);
        }
        out.addAll(concentration());
        out.sort(Comparator.comparing(Alert::key));
        return out;
    }

    /** One contract's current alerts, ordered by key; empty for an unknown contract. */
    public List<Alert> alertsOf(ContractId contractId) {
        Entry e = entries.get(contractId);
        return e == null ? List.of() : e.alerts;
    }

    /** The portfolio summary as of the current date. */
    public PortfolioSummary summary() {
        return RiskEngine.summary(asOf(), entries.size(), counts, concentration());
    }

    private List<Alert> concentration() {
        return ConcentrationPhase.alerts(engine.profiles(), frozenExposures(), asOf());
    }

    private Map<String, Exposure> frozenExposures() {
        Map<String, Exposure> out = new HashMap<>();
        exposures.forEach((k, v) -> out.put(k, new Exposure(v.minor, v.contracts, v.names.firstKey())));
        return out;
    }

    /**
     * Re-evaluates a watched contract in place, touching the counters, the counterparty totals and
     * the due-date index only where something changed.
     */
    private void update(Entry e, RiskSnapshot s) {
        List<Alert> alerts = new ArrayList<>(0);
        int next = engine.evaluator().evaluate(s, asOf, alerts::add);
        evaluations++;
        alerts.sort(Comparator.comparing(Alert::key));
        for (Alert a : e.alerts) {
            ScanAccumulator.count(counts, a, -1);
        }
        for (Alert a : alerts) {
            ScanAccumulator.count(counts, a, 1);
        }
        boolean inForce = ContractEvaluator.inForce(s);
        long exposure = inForce ? engine.portfolioMinor(s) : 0;
        RiskSnapshot old = e.snapshot;
        if (inForce != e.inForce || exposure != e.exposure || !old.counterpartyId.equals(s.counterpartyId)
                || !old.counterpartyName.equals(s.counterpartyName)) {
            if (e.inForce) {
                removeExposure(old.counterpartyId.value(), old.counterpartyName, e.exposure);
            }
            if (inForce) {
                exposures.computeIfAbsent(s.counterpartyId.value(), k -> new PartyTotal())
                        .add(exposure, s.counterpartyName, 1);
            }
        }
        if (next != e.next) {
            unschedule(e);
            if (next != ContractEvaluator.NEVER) {
                due.computeIfAbsent(next, k -> new HashSet<>()).add(e);
            }
        }
        e.snapshot = s;
        e.alerts = alerts.isEmpty() ? List.of() : List.copyOf(alerts);
        e.next = next;
        e.exposure = exposure;
        e.inForce = inForce;
    }

    private void unschedule(Entry e) {
        if (e.next != ContractEvaluator.NEVER) {
            Set<Entry> day = due.get(e.next);
            if (day != null) {
                day.remove(e);
                if (day.isEmpty()) {
                    due.remove(e.next);
                }
            }
        }
    }

    private void removeExposure(String party, String name, long exposure) {
        PartyTotal x = exposures.get(party);
        x.add(exposure, name, -1);
        if (x.contracts == 0) {
            exposures.remove(party);
        }
    }

    private Entry install(RiskSnapshot s) {
        List<Alert> alerts = new ArrayList<>(0);
        int next = engine.evaluator().evaluate(s, asOf, alerts::add);
        evaluations++;
        alerts.sort(Comparator.comparing(Alert::key));
        boolean inForce = ContractEvaluator.inForce(s);
        long exposure = inForce ? engine.portfolioMinor(s) : 0;
        Entry e = new Entry(s, alerts.isEmpty() ? List.of() : List.copyOf(alerts), next, exposure, inForce);
        entries.put(s.contractId, e);
        for (Alert a : e.alerts) {
            ScanAccumulator.count(counts, a, 1);
        }
        if (inForce) {
            exposures.computeIfAbsent(s.counterpartyId.value(), k -> new PartyTotal())
                    .add(exposure, s.counterpartyName, 1);
        }
        if (next != ContractEvaluator.NEVER) {
            due.computeIfAbsent(next, k -> new HashSet<>()).add(e);
        }
        return e;
    }

    private @org.jspecify.annotations.Nullable Entry uninstall(ContractId id) {
        Entry old = entries.remove(id);
        if (old == null) {
            return null;
        }
        unschedule(old);
        for (Alert a : old.alerts) {
            ScanAccumulator.count(counts, a, -1);
        }
        if (old.inForce) {
            removeExposure(old.snapshot.counterpartyId.value(), old.snapshot.counterpartyName, old.exposure);
        }
        return old;
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
