package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.AlertCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a portfolio's alerts current as the date rolls over and contracts change, re-evaluating
 * only what can have changed: a changed obligation (when nothing else of its contract changed), a
 * changed contract, and the rules whose next change date (the first day their outcome can differ)
 * has come. It keeps, per contract, the alerts and next change date of the contract's own rules
 * and of each obligation separately. Counters and counterparty totals are adjusted by difference;
 * concentration is recomputed from the totals when asked. The result equals a full
 * {@link RiskEngine#scan} as of the same date.
 *
 * <p>Not thread-safe: one owner drives it.
 */
public final class RiskMonitor {

    private static final AlertDiff QUIET = new AlertDiff(List.of(), List.of(), List.of());
    private static final Comparator<Alert> BY_KEY = Comparator.comparing(Alert::key);
    private static final int CONTRACT_RULES = ContractEvaluator.DATED | ContractEvaluator.UNDATED;
    private static final int NEVER = ContractEvaluator.NEVER;

    private final RiskEngine engine;
    private int asOf;
    private final Map<ContractId, Entry> entries = new HashMap<>();
    private final TreeMap<Integer, DueDay> due = new TreeMap<>();
    private final AlertCounts counts = new AlertCounts();
    private final Map<String, PartyTotal> exposures = new HashMap<>();
    private long evaluations;

    RiskMonitor(RiskEngine engine, LocalDate asOf) {
        this.engine = engine;
        this.asOf = (int) asOf.toEpochDay();
    }

    /**
     * One contract's current state, updated in place: the alerts and next change date of its own
     * rules, and of each obligation (index as in the snapshot; at most one alert per obligation).
     */
    private static final class Entry {
        RiskSnapshot snapshot;
        List<Alert> contractAlerts = List.of();
        int contractNext = NEVER;
        @Nullable Alert[] obligationAlerts = new Alert[0];
        int[] obligationNext = new int[0];
        /** The day it is filed under in the due index, and its position in that day's list. */
        int next = NEVER;
        int slot = -1;
        long exposure;
        boolean inForce;

        Entry(RiskSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        List<Alert> alerts() {
            List<Alert> out = new ArrayList<>(contractAlerts);
            for (Alert a : obligationAlerts) {
                if (a != null) {
                    out.add(a);
                }
            }
            if (out.isEmpty()) {
                return List.of();
            }
            out.sort(BY_KEY);
            return out;
        }

        boolean hasAlerts() {
            if (!contractAlerts.isEmpty()) {
                return true;
            }
            for (Alert a : obligationAlerts) {
                if (a != null) {
                    return true;
                }
            }
            return false;
        }

        int earliest() {
            int n = contractNext;
            for (int d : obligationNext) {
                n = Math.min(n, d);
            }
            return n;
        }
    }

    /** The contracts due for re-evaluation on one day; removal swaps the last one in. */
    private static final class DueDay {
        final ArrayList<Entry> entries = new ArrayList<>(2);
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

    /**
     * How many contract re-evaluations (whole or of some obligations) the monitor has done since it
     * started (for tests and tuning).
     */
    public long evaluations() {
        return evaluations;
    }

    /**
     * Adds or replaces a contract. When only its obligations' dates, kinds or amounts changed
     * (same contract fields, same obligation ids in the same order), only the changed obligations
     * are re-evaluated; otherwise the whole contract is.
     *
     * @param snapshot the contract's new snapshot
     * @return how its alerts changed
     */
    public AlertDiff put(RiskSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Entry e = entries.get(snapshot.contractId);
        if (e == null) {
            Entry now = install(snapshot);
            return now.hasAlerts() ? AlertDiff.between(List.of(), now.alerts()) : QUIET;
        }
        RiskSnapshot old = e.snapshot;
        if (old.sameContractFields(snapshot) && Arrays.equals(old.obId, snapshot.obId)) {
            int changed = -1;
            boolean several = false;
            for (int i = 0; i < old.obId.length; i++) {
                if (!old.sameObligation(i, snapshot)) {
                    several = changed >= 0;
                    changed = i;
                    if (several) {
                        break;
                    }
                }
            }
            if (changed < 0) {
                e.snapshot = snapshot;
                return e.hasAlerts() ? AlertDiff.between(e.alerts(), e.alerts()) : QUIET;
            }
            if (!several) {
                return updateObligation(e, snapshot, changed);
            }
        }
        List<Alert> before = e.alerts();
        update(e, snapshot);
        List<Alert> after = e.alerts();
        return before.isEmpty() && after.isEmpty() ? QUIET : AlertDiff.between(before, after);
    }

    /**
     * Adds or replaces one obligation of a watched contract (matched by id) and re-evaluates only
     * that obligation.
     *
     * @param contractId the contract
     * @param obligation the obligation's new state
     * @return how the contract's alerts changed
     * @throws PactumException {@link RiskError#UNKNOWN_CONTRACT} for a contract the monitor does
     *     not watch; {@link RiskError#BAD_SNAPSHOT} for a date outside the years 1 to 9999
     */
    public AlertDiff putObligation(ContractId contractId, ObligationSnapshot obligation) {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(obligation, "obligation");
        Entry e = entries.get(contractId);
        if (e == null) {
            throw new PactumException(RiskError.UNKNOWN_CONTRACT, "contractId",
                    "contract " + contractId.value() + " is not watched");
        }
        RiskSnapshot s = e.snapshot.withObligation(obligation);
        int index = s.obligationIndex(obligation.id());
        if (index >= e.obligationAlerts.length) {
            e.obligationAlerts = Arrays.copyOf(e.obligationAlerts, index + 1);
            e.obligationNext = Arrays.copyOf(e.obligationNext, index + 1);
            e.obligationNext[index] = NEVER;
        }
        return updateObligation(e, s, index);
    }

    /**
     * Stops watching a contract.
     *
     * @param contractId the contract
     * @return its alerts, all resolved
     */
    public AlertDiff remove(ContractId contractId) {
        Entry old = uninstall(Objects.requireNonNull(contractId, "contractId"));
        return AlertDiff.between(old == null ? List.of() : old.alerts(), List.of());
    }

    /**
     * Moves to a later date, re-evaluating the rules whose next change date has come.
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
            Map.Entry<Integer, DueDay> first = due.pollFirstEntry();
            for (Entry e : first.getValue().entries) {
                e.next = NEVER; // its day was just polled
                e.slot = -1;
                before.addAll(e.alerts());
                refreshDue(e, day);
                after.addAll(e.alerts());
            }
        }
        return before.isEmpty() && after.isEmpty() ? QUIET : AlertDiff.between(before, after);
    }

    /** Every current alert, concentration included, ordered by key. */
    public List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.addAll(e.alerts());
        }
        out.addAll(concentration());
        out.sort(BY_KEY);
        return out;
    }

    /** One contract's current alerts, ordered by key; empty for an unknown contract. */
    public List<Alert> alertsOf(ContractId contractId) {
        Entry e = entries.get(contractId);
        return e == null ? List.of() : e.alerts();
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

    /** Re-evaluates the parts of an entry whose next change date has come (a roll-over). */
    private void refreshDue(Entry e, int day) {
        evaluations++;
        RiskSnapshot s = e.snapshot;
        if (e.contractNext <= day) {
            evaluateContractRules(e, s);
        }
        for (int i = 0; i < e.obligationNext.length; i++) {
            if (e.obligationNext[i] <= day) {
                evaluateObligation(e, s, i);
            }
        }
        schedule(e);
    }

    /** One obligation changed and nothing else: re-evaluate it alone. */
    private AlertDiff updateObligation(Entry e, RiskSnapshot s, int i) {
        evaluations++;
        boolean quietBefore = !e.hasAlerts();
        List<Alert> before = quietBefore ? List.of() : e.alerts();
        e.snapshot = s;
        evaluateObligation(e, s, i);
        schedule(e);
        if (quietBefore && !e.hasAlerts()) {
            return QUIET;
        }
        return AlertDiff.between(before, e.alerts());
    }

    private void evaluateContractRules(Entry e, RiskSnapshot s) {
        List<Alert> alerts = new ArrayList<>(0);
        e.contractNext = engine.evaluator().evaluate(s, asOf, alerts::add, CONTRACT_RULES);
        for (Alert a : e.contractAlerts) {
            ScanAccumulator.count(counts, a, -1);
        }
        for (Alert a : alerts) {
            ScanAccumulator.count(counts, a, 1);
        }
        e.contractAlerts = alerts.isEmpty() ? List.of() : List.copyOf(alerts);
    }

    private void evaluateObligation(Entry e, RiskSnapshot s, int i) {
        Alert[] raised = new Alert[1];
        e.obligationNext[i] = engine.evaluator().evaluateObligation(s, i, asOf, a -> raised[0] = a);
        Alert old = e.obligationAlerts[i];
        if (old != null) {
            ScanAccumulator.count(counts, old, -1);
        }
        if (raised[0] != null) {
            ScanAccumulator.count(counts, raised[0], 1);
        }
        e.obligationAlerts[i] = raised[0];
    }

    /**
     * Re-evaluates a watched contract in place, touching the counters, the counterparty totals and
     * the due-date index only where something changed.
     */
    private void update(Entry e, RiskSnapshot s) {
        evaluations++;
        RiskSnapshot old = e.snapshot;
        e.snapshot = s;
        evaluateContractRules(e, s);
        for (Alert a : e.obligationAlerts) {
            if (a != null) {
                ScanAccumulator.count(counts, a, -1);
            }
        }
        int n = s.obId.length;
        e.obligationAlerts = new Alert[n];
        e.obligationNext = new int[n];
        for (int i = 0; i < n; i++) {
            evaluateObligation(e, s, i);
        }
        boolean inForce = ContractEvaluator.inForce(s);
        long exposure = inForce ? engine.portfolioMinor(s) : 0;
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
        e.exposure = exposure;
        e.inForce = inForce;
        schedule(e);
    }

    /** Files the entry under its earliest next change date, if that moved. */
    private void schedule(Entry e) {
        int next = e.earliest();
        if (next == e.next) {
            return;
        }
        unschedule(e);
        if (next != NEVER) {
            DueDay day = due.computeIfAbsent(next, k -> new DueDay());
            e.slot = day.entries.size();
            day.entries.add(e);
        }
        e.next = next;
    }

    private void unschedule(Entry e) {
        if (e.next == NEVER || e.slot < 0) {
            return;
        }
        DueDay day = due.get(e.next);
        if (day != null) {
            ArrayList<Entry> list = day.entries;
            Entry last = list.remove(list.size() - 1);
            if (last != e) {
                list.set(e.slot, last);
                last.slot = e.slot;
            }
            if (list.isEmpty()) {
                due.remove(e.next);
            }
        }
        e.slot = -1;
        e.next = NEVER;
    }

    private void removeExposure(String party, String name, long exposure) {
        PartyTotal x = exposures.get(party);
        x.add(exposure, name, -1);
        if (x.contracts == 0) {
            exposures.remove(party);
        }
    }

    private Entry install(RiskSnapshot s) {
        Entry e = new Entry(s);
        entries.put(s.contractId, e);
        evaluations++;
        evaluateContractRules(e, s);
        int n = s.obId.length;
        e.obligationAlerts = new Alert[n];
        e.obligationNext = new int[n];
        for (int i = 0; i < n; i++) {
            evaluateObligation(e, s, i);
        }
        e.inForce = ContractEvaluator.inForce(s);
        e.exposure = e.inForce ? engine.portfolioMinor(s) : 0;
        if (e.inForce) {
            exposures.computeIfAbsent(s.counterpartyId.value(), k -> new PartyTotal())
                    .add(e.exposure, s.counterpartyName, 1);
        }
        schedule(e);
        return e;
    }

    private @Nullable Entry uninstall(ContractId id) {
        Entry old = entries.remove(id);
        if (old == null) {
            return null;
        }
        unschedule(old);
        for (Alert a : old.alerts()) {
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
