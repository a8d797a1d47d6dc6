package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a portfolio's alerts current as the date rolls over and contracts change, re-evaluating
 * only what can have changed: the changed obligations (when nothing else of their contract
 * changed), a changed contract, and the rules whose next change date (the first day their outcome
 * can differ) has come. The result equals a full {@link RiskEngine#scan} as of the same date.
 *
 * <p>The state is held in columns indexed by a dense row number per contract (given when the
 * contract is first added, reused after a removal): per contract its snapshot (for the contract's
 * own fields), its own rules' alerts and next change date, its alert count, department and
 * counterparty numbers; per obligation (flat arrays, a contract's obligations side by side) the
 * obligation's values, its next change date and its alert, if it has one. A change to one
 * obligation of one contract among a million is bound by memory latency, so it reads a few cache
 * lines: the id table (hash next to row), the row's line, the obligation's columns. Counters are
 * adjusted by difference; the due index is a day-indexed calendar of rows; concentration is
 * recomputed from the counterparty totals only when they or the date changed. An alert is built
 * only when an obligation's outcome is an alert; a change that leaves a contract without alerts
 * before and after returns one shared quiet diff.
 *
 * <p>Not thread-safe: one owner drives it.
 */
public final class RiskMonitor {

    private static final AlertDiff QUIET = new AlertDiff(List.of(), List.of(), List.of());
    private static final Comparator<Alert> BY_KEY = Comparator.comparing(Alert::key);
    private static final int CONTRACT_RULES = ContractEvaluator.DATED | ContractEvaluator.UNDATED;
    private static final int NEVER = ContractEvaluator.NEVER;
    private static final Alert[] NO_ALERTS = new Alert[0];

    // the row's ints, ROW_INTS per row side by side so that one change reads one or two cache lines
    private static final int ROW_INTS = 8;
    private static final int OFFSET = 0;
    private static final int COUNT = 1;
    private static final int CAPACITY = 2;
    private static final int CONTRACT_NEXT = 3;
    private static final int ALERTS = 4;
    private static final int DEPARTMENT = 5;
    private static final int PARTY = 6;
    private static final int IN_FORCE = 7;

    private final RiskEngine engine;
    private final ContractEvaluator evaluator;
    private int asOf;
    private final ContractRows ids = new ContractRows();
    private final DueCalendar due;
    private final MonitorCounts counts = new MonitorCounts();
    private final Map<String, PartyTotal> exposures = new HashMap<>();
    private long evaluations;

    // per row
    private @Nullable RiskSnapshot[] snapshots = new RiskSnapshot[16];
    private Alert[][] contractAlerts = new Alert[16][];
    private int[] rowInts = new int[16 * ROW_INTS];
    private long[] exposure = new long[16];

    // per obligation, a row's obligations at [OFFSET, OFFSET + COUNT) within a region of CAPACITY
    private int obligationTop;
    private int obligationGarbage;
    private int[] obIdHash = new int[64];
    private @Nullable String[] obId = new String[64];
    private byte[] obKind = new byte[64];
    private int[] obDue = new int[64];
    private int[] obFulfilled = new int[64];
    private long[] obOutstanding = new long[64];
    private @Nullable Currency[] obCurrency = new Currency[64];
    private int[] obNext = new int[64];
    private @Nullable Alert[] obAlert = new Alert[64];

    // the changes of one call: alerts of changed obligations that went away and that came
    private final ArrayList<Alert> gone = new ArrayList<>();
    private final ArrayList<Alert> came = new ArrayList<>();
    private int[] changed = new int[16];

    // concentration, recomputed when the totals or the date changed
    private long exposureVersion;
    private long concentrationVersion = -1;
    private int concentrationDay;
    private List<Alert> concentration = List.of();

    RiskMonitor(RiskEngine engine, LocalDate asOf) {
        this.engine = engine;
        this.evaluator = engine.evaluator();
        this.asOf = (int) asOf.toEpochDay();
        this.due = new DueCalendar(this.asOf);
    }

    void add(RiskSnapshot s) {
        if (ids.row(s.contractId) >= 0) {
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
        return ids.size();
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
        int row = ids.row(snapshot.contractId);
        if (row < 0) {
            row = install(snapshot);
            return rowInts[row * ROW_INTS + ALERTS] == 0 ? QUIET : AlertDiff.between(List.of(), alertsOfRow(row));
        }
        RiskSnapshot old = snapshots[row];
        int base = row * ROW_INTS;
        int n = snapshot.obId.length;
        if (n == rowInts[base + COUNT] && (old == snapshot || old.sameContractFields(snapshot))) {
            int changes = changedObligations(row, snapshot);
            if (changes >= 0) {
                snapshots[row] = snapshot;
                if (changes == 0) {
                    return rowInts[base + ALERTS] == 0 ? QUIET : stillOpen(row);
                }
                evaluations++;
                int alertsBefore = rowInts[base + ALERTS];
                Obligations rules = new Obligations(evaluator, snapshot);
                int offset = rowInts[base + OFFSET];
                for (int c = 0; c < changes; c++) {
                    int i = changed[c];
                    int k = offset + i;
                    load(k, snapshot, i);
                    evaluateObligation(row, k, snapshot, rules);
                }
                schedule(row);
                return diff(row, alertsBefore);
            }
        }
        List<Alert> before = alertsOfRow(row);
        update(row, snapshot);
        List<Alert> after = alertsOfRow(row);
        return before.isEmpty() && after.isEmpty() ? QUIET : AlertDiff.between(before, after);
    }

    /**
     * The obligations of {@code s} that differ from the row's, by index, in {@link #changed}; their
     * number, or -1 when the ids differ (then the contract is re-evaluated whole).
     */
    private int changedObligations(int row, RiskSnapshot s) {
        int offset = rowInts[row * ROW_INTS + OFFSET];
        int n = s.obId.length;
        int changes = 0;
        for (int i = 0; i < n; i++) {
            int k = offset + i;
            String id = s.obId[i];
            String mine = obId[k];
            if (id != mine && !id.equals(mine)) {
                return -1;
            }
            if (s.obDue[i] != obDue[k] || s.obFulfilled[i] != obFulfilled[k] || s.obKind[i] != obKind[k]
                    || s.obOutstanding[i] != obOutstanding[k] || s.obCurrency[i] != obCurrency[k]) {
                if (changes == changed.length) {
                    changed = Arrays.copyOf(changed, changes * 2);
                }
                changed[changes++] = i;
            }
        }
        return changes;
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
        int row = ids.row(contractId);
        if (row < 0) {
            throw new PactumException(RiskError.UNKNOWN_CONTRACT, "contractId",
                    "contract " + contractId.value() + " is not watched");
        }
        int base = row * ROW_INTS;
        String id = obligation.id();
        int hash = id.hashCode();
        int offset = rowInts[base + OFFSET];
        int count = rowInts[base + COUNT];
        int i = 0;
        while (i < count && !(obIdHash[offset + i] == hash && id.equals(obId[offset + i]))) {
            i++;
        }
        // checked before anything changes, so that a bad obligation leaves the monitor as it was
        int dueDay = day(obligation.dueDate(), i, "dueDate");
        int fulfilled = obligation.fulfilledOn() == null ? RiskSnapshot.OPEN
                : day(obligation.fulfilledOn(), i, "fulfilledOn");
        Money out = obligation.outstanding();
        long outstanding = out == null ? -1 : minor(out, i);
        if (i == count) {
            if (count == rowInts[base + CAPACITY]) {
                relocate(row, count * 2 + 1);
                offset = rowInts[base + OFFSET];
            }
            rowInts[base + COUNT] = count + 1;
            obNext[offset + i] = NEVER;
            obAlert[offset + i] = null;
        }
        evaluations++;
        int k = offset + i;
        obIdHash[k] = hash;
        obId[k] = id;
        obKind[k] = (byte) obligation.kind().ordinal();
        obDue[k] = dueDay;
        obFulfilled[k] = fulfilled;
        obOutstanding[k] = outstanding;
        obCurrency[k] = out == null ? null : out.currency();
        int alertsBefore = rowInts[base + ALERTS];
        RiskSnapshot s = snapshots[row];
        evaluateObligation(row, k, s, new Obligations(evaluator, s));
        schedule(row);
        return diff(row, alertsBefore);
    }

    private static int day(LocalDate d, int index, String field) {
        int year = d.getYear();
        if (year < 1 || year > 9999) {
            // the snapshot's check names the field and throws
            RiskSnapshot.day(d, "obligations[" + index + "]." + field);
        }
        return (int) d.toEpochDay();
    }

    private static long minor(Money m, int index) {
        BigInteger units = m.minorUnits();
        if (units.bitLength() > 62) {
            return RiskSnapshot.minor(m, "obligations[" + index + "].outstanding");
        }
        return units.longValue();
    }

    /**
     * Stops watching a contract.
     *
     * @param contractId the contract
     * @return its alerts, all resolved
     */
    public AlertDiff remove(ContractId contractId) {
        Objects.requireNonNull(contractId, "contractId");
        int row = ids.row(contractId);
        if (row < 0) {
            return QUIET;
        }
        List<Alert> before = alertsOfRow(row);
        uncountAll(row);
        RiskSnapshot s = snapshots[row];
        int base = row * ROW_INTS;
        if (rowInts[base + IN_FORCE] != 0) {
            removeExposure(s.partyKey, s.counterpartyName, exposure[row]);
        }
        due.schedule(row, DueCalendar.NONE);
        int offset = rowInts[base + OFFSET];
        Arrays.fill(obAlert, offset, offset + rowInts[base + CAPACITY], null);
        Arrays.fill(obId, offset, offset + rowInts[base + CAPACITY], null);
        obligationGarbage += rowInts[base + CAPACITY];
        Arrays.fill(rowInts, base, base + ROW_INTS, 0);
        snapshots[row] = null;
        contractAlerts[row] = NO_ALERTS;
        ids.remove(contractId);
        return before.isEmpty() ? QUIET : AlertDiff.between(before, List.of());
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
        for (int[] rows = due.takeFirstDue(day); rows.length > 0; rows = due.takeFirstDue(day)) {
            for (int row : rows) {
                before.addAll(alertsOfRow(row));
                refreshDue(row, day);
                after.addAll(alertsOfRow(row));
            }
        }
        return before.isEmpty() && after.isEmpty() ? QUIET : AlertDiff.between(before, after);
    }

    /** Every current alert, concentration included, ordered by key. */
    public List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (int row = 0; row < ids.rowLimit(); row++) {
            if (snapshots[row] != null) {
                collect(row, out);
            }
        }
        out.addAll(concentration());
        out.sort(BY_KEY);
        return out;
    }

    /** One contract's current alerts, ordered by key; empty for an unknown contract. */
    public List<Alert> alertsOf(ContractId contractId) {
        int row = ids.row(Objects.requireNonNull(contractId, "contractId"));
        return row < 0 ? List.of() : alertsOfRow(row);
    }

    /** The portfolio summary as of the current date. */
    public PortfolioSummary summary() {
        return counts.summary(asOf(), ids.size(), concentration());
    }

    private List<Alert> concentration() {
        if (concentrationVersion != exposureVersion || concentrationDay != asOf) {
            concentration = ConcentrationPhase.alerts(engine.profiles(), frozenExposures(), asOf());
            concentrationVersion = exposureVersion;
            concentrationDay = asOf;
        }
        return concentration;
    }

    private Map<String, Exposure> frozenExposures() {
        Map<String, Exposure> out = new HashMap<>();
        exposures.forEach((k, v) -> out.put(k, new Exposure(v.minor, v.contracts, v.names.firstKey())));
        return out;
    }

    // ---- rows

    private List<Alert> alertsOfRow(int row) {
        if (rowInts[row * ROW_INTS + ALERTS] == 0) {
            return List.of();
        }
        List<Alert> out = new ArrayList<>();
        collect(row, out);
        out.sort(BY_KEY);
        return out;
    }

    private void collect(int row, List<Alert> out) {
        int base = row * ROW_INTS;
        if (rowInts[base + ALERTS] == 0) {
            return;
        }
        out.addAll(Arrays.asList(contractAlerts[row]));
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            Alert a = obAlert[k];
            if (a != null) {
                out.add(a);
            }
        }
    }

    /** The diff of a contract none of whose alerts changed. */
    private AlertDiff stillOpen(int row) {
        return new AlertDiff(List.of(), alertsOfRow(row), List.of());
    }

    /**
     * The diff after some obligations of a row were re-evaluated: their alerts that went away are
     * resolved, those that came are raised, the rest of the row's alerts are still open. Built
     * from what changed, without comparing the whole before and after lists.
     */
    private AlertDiff diff(int row, int alertsBefore) {
        try {
            int alertsAfter = rowInts[row * ROW_INTS + ALERTS];
            if (alertsBefore == 0 && alertsAfter == 0) {
                return QUIET;
            }
            List<Alert> open = new ArrayList<>(alertsAfter);
            collect(row, open);
            if (!came.isEmpty()) {
                open.removeIf(a -> {
                    for (Alert c : came) {
                        if (c == a) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            return new AlertDiff(sorted(came), sorted(open), sorted(gone));
        } finally {
            came.clear();
            gone.clear();
        }
    }

    private static List<Alert> sorted(List<Alert> alerts) {
        if (alerts.size() > 1) {
            alerts.sort(BY_KEY);
        }
        return alerts;
    }

    /** Re-evaluates the parts of a row whose next change date has come (a roll-over). */
    private void refreshDue(int row, int day) {
        evaluations++;
        RiskSnapshot s = snapshots[row];
        int base = row * ROW_INTS;
        if (rowInts[base + CONTRACT_NEXT] <= day) {
            evaluateContractRules(row, s);
        }
        Obligations rules = null;
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            if (obNext[k] <= day) {
                if (rules == null) {
                    rules = new Obligations(evaluator, s);
                }
                evaluateObligation(row, k, s, rules);
            }
        }
        came.clear();
        gone.clear();
        schedule(row);
    }

    /** The obligation rules' settings for a contract's status and profile. */
    private static final class Obligations {
        final RiskProfile.@Nullable Aging aging;
        final RiskProfile.@Nullable Days late;
        final RiskProfile.@Nullable Days overdue;

        Obligations(ContractEvaluator e, RiskSnapshot s) {
            this.aging = e.aging(s);
            this.late = e.late(s);
            this.overdue = e.overdue(s);
        }
    }

    private void evaluateContractRules(int row, RiskSnapshot s) {
        List<Alert> alerts = new ArrayList<>(0);
        int base = row * ROW_INTS;
        rowInts[base + CONTRACT_NEXT] = evaluator.evaluate(s, asOf, alerts::add, CONTRACT_RULES);
        Alert[] old = contractAlerts[row];
        int department = rowInts[base + DEPARTMENT];
        int party = rowInts[base + PARTY];
        for (Alert a : old) {
            counts.add(a, department, party, -1);
        }
        for (Alert a : alerts) {
            counts.add(a, department, party, 1);
        }
        rowInts[base + ALERTS] += alerts.size() - old.length;
        contractAlerts[row] = alerts.isEmpty() ? NO_ALERTS : alerts.toArray(NO_ALERTS);
    }

    /** Re-evaluates one obligation, building its alert only when its outcome is one. */
    private void evaluateObligation(int row, int k, RiskSnapshot s, Obligations rules) {
        long outcome = ContractEvaluator.outcome(rules.aging, rules.late, rules.overdue, obKind[k], obDue[k],
                obFulfilled[k], obOutstanding[k], asOf);
        obNext[k] = ContractEvaluator.next(outcome);
        int code = ContractEvaluator.code(outcome);
        Alert old = obAlert[k];
        if (old == null && code == ContractEvaluator.NO_ALERT) {
            return;
        }
        Alert now = code == ContractEvaluator.NO_ALERT ? null
                : ContractEvaluator.obligationAlert(s, rules.aging, rules.late, rules.overdue, code, obId[k],
                        obKind[k], obDue[k], obOutstanding[k], obCurrency[k]);
        int base = row * ROW_INTS;
        int department = rowInts[base + DEPARTMENT];
        int party = rowInts[base + PARTY];
        if (old != null) {
            counts.add(old, department, party, -1);
            rowInts[base + ALERTS]--;
        }
        if (now != null) {
            counts.add(now, department, party, 1);
            rowInts[base + ALERTS]++;
        }
        obAlert[k] = now;
        if (old != null && now != null && old.key().equals(now.key())) {
            return; // still open, in its new version
        }
        if (old != null) {
            gone.add(old);
        }
        if (now != null) {
            came.add(now);
        }
    }

    /** Files the row under its earliest next change date. */
    private void schedule(int row) {
        int base = row * ROW_INTS;
        int next = rowInts[base + CONTRACT_NEXT];
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            next = Math.min(next, obNext[k]);
        }
        due.schedule(row, next == NEVER ? DueCalendar.NONE : next);
    }

    private int install(RiskSnapshot s) {
        int row = ids.add(s.contractId);
        if (row >= snapshots.length) {
            int n = Math.max(row + 1, snapshots.length * 2);
            snapshots = Arrays.copyOf(snapshots, n);
            contractAlerts = Arrays.copyOf(contractAlerts, n);
            rowInts = Arrays.copyOf(rowInts, n * ROW_INTS);
            exposure = Arrays.copyOf(exposure, n);
        }
        int base = row * ROW_INTS;
        Arrays.fill(rowInts, base, base + ROW_INTS, 0);
        rowInts[base + OFFSET] = allocate(s.obId.length);
        rowInts[base + CAPACITY] = s.obId.length;
        contractAlerts[row] = NO_ALERTS;
        snapshots[row] = s;
        evaluateAll(row, s);
        boolean inForce = ContractEvaluator.inForce(s);
        rowInts[base + IN_FORCE] = inForce ? 1 : 0;
        exposure[row] = inForce ? engine.portfolioMinor(s) : 0;
        if (inForce) {
            addExposure(s, exposure[row]);
        }
        schedule(row);
        return row;
    }

    /** Numbers the row's department and counterparty, loads its obligations and evaluates everything. */
    private void evaluateAll(int row, RiskSnapshot s) {
        evaluations++;
        int base = row * ROW_INTS;
        rowInts[base + DEPARTMENT] = counts.department(s.department.value());
        rowInts[base + PARTY] = counts.party(s.partyKey);
        int n = s.obId.length;
        if (n > rowInts[base + CAPACITY]) {
            relocate(row, n);
        }
        rowInts[base + COUNT] = n;
        evaluateContractRules(row, s);
        Obligations rules = new Obligations(evaluator, s);
        int offset = rowInts[base + OFFSET];
        for (int i = 0; i < n; i++) {
            int k = offset + i;
            load(k, s, i);
            obNext[k] = NEVER;
            obAlert[k] = null;
            evaluateObligation(row, k, s, rules);
        }
        came.clear();
        gone.clear();
    }

    /** Copies obligation {@code i} of a snapshot into column slot {@code k}. */
    private void load(int k, RiskSnapshot s, int i) {
        String id = s.obId[i];
        obIdHash[k] = id.hashCode();
        obId[k] = id;
        obKind[k] = s.obKind[i];
        obDue[k] = s.obDue[i];
        obFulfilled[k] = s.obFulfilled[i];
        obOutstanding[k] = s.obOutstanding[i];
        obCurrency[k] = s.obCurrency[i];
    }

    /**
     * Re-evaluates a watched contract whose own fields or obligation ids changed, touching the
     * counterparty totals only where something changed.
     */
    private void update(int row, RiskSnapshot s) {
        RiskSnapshot old = snapshots[row];
        uncountAll(row);
        int base = row * ROW_INTS;
        int offset = rowInts[base + OFFSET];
        Arrays.fill(obAlert, offset, offset + rowInts[base + COUNT], null);
        contractAlerts[row] = NO_ALERTS;
        rowInts[base + ALERTS] = 0;
        snapshots[row] = s;
        evaluateAll(row, s);
        boolean inForce = ContractEvaluator.inForce(s);
        long value = inForce ? engine.portfolioMinor(s) : 0;
        boolean wasInForce = rowInts[base + IN_FORCE] != 0;
        if (inForce != wasInForce || value != exposure[row] || !old.counterpartyId.equals(s.counterpartyId)
                || !old.counterpartyName.equals(s.counterpartyName)) {
            if (wasInForce) {
                removeExposure(old.partyKey, old.counterpartyName, exposure[row]);
            }
            if (inForce) {
                addExposure(s, value);
            }
        }
        exposure[row] = value;
        rowInts[base + IN_FORCE] = inForce ? 1 : 0;
        schedule(row);
    }

    private void uncountAll(int row) {
        int base = row * ROW_INTS;
        if (rowInts[base + ALERTS] == 0) {
            return;
        }
        List<Alert> all = new ArrayList<>();
        collect(row, all);
        for (Alert a : all) {
            counts.add(a, rowInts[base + DEPARTMENT], rowInts[base + PARTY], -1);
        }
    }

    // ---- obligation regions

    /** A region of {@code n} obligation slots at the top of the columns. */
    private int allocate(int n) {
        int offset = obligationTop;
        int need = offset + n;
        if (need > obId.length) {
            if (obligationGarbage > obligationTop / 2 && obligationGarbage > 1024) {
                compact();
                return allocate(n);
            }
            growObligations(Math.max(need, obId.length + (obId.length >> 1)));
        }
        obligationTop = need;
        return offset;
    }

    private void growObligations(int n) {
        obIdHash = Arrays.copyOf(obIdHash, n);
        obId = Arrays.copyOf(obId, n);
        obKind = Arrays.copyOf(obKind, n);
        obDue = Arrays.copyOf(obDue, n);
        obFulfilled = Arrays.copyOf(obFulfilled, n);
        obOutstanding = Arrays.copyOf(obOutstanding, n);
        obCurrency = Arrays.copyOf(obCurrency, n);
        obNext = Arrays.copyOf(obNext, n);
        obAlert = Arrays.copyOf(obAlert, n);
    }

    /** Moves a row's obligations to a new region of {@code capacity} slots. */
    private void relocate(int row, int capacity) {
        int base = row * ROW_INTS;
        int to = allocate(capacity);
        // read after allocating: a compaction may have moved the row
        int from = rowInts[base + OFFSET];
        int count = rowInts[base + COUNT];
        int oldCapacity = rowInts[base + CAPACITY];
        move(from, to, count);
        clear(from, oldCapacity);
        obligationGarbage += oldCapacity;
        rowInts[base + OFFSET] = to;
        rowInts[base + CAPACITY] = capacity;
    }

    private void move(int from, int to, int count) {
        System.arraycopy(obIdHash, from, obIdHash, to, count);
        System.arraycopy(obId, from, obId, to, count);
        System.arraycopy(obKind, from, obKind, to, count);
        System.arraycopy(obDue, from, obDue, to, count);
        System.arraycopy(obFulfilled, from, obFulfilled, to, count);
        System.arraycopy(obOutstanding, from, obOutstanding, to, count);
        System.arraycopy(obCurrency, from, obCurrency, to, count);
        System.arraycopy(obNext, from, obNext, to, count);
        System.arraycopy(obAlert, from, obAlert, to, count);
    }

    private void clear(int from, int n) {
        Arrays.fill(obId, from, from + n, null);
        Arrays.fill(obAlert, from, from + n, null);
        Arrays.fill(obCurrency, from, from + n, null);
    }

    /**
     * Packs every row's obligations together again, in offset order (so that every move is
     * downwards and overwrites nothing still to be moved), dropping the holes.
     */
    private void compact() {
        long[] byOffset = new long[ids.size()];
        int n = 0;
        for (int row = 0; row < ids.rowLimit(); row++) {
            if (snapshots[row] != null) {
                byOffset[n++] = ((long) rowInts[row * ROW_INTS + OFFSET] << 32) | row;
            }
        }
        Arrays.sort(byOffset, 0, n);
        int top = 0;
        for (int j = 0; j < n; j++) {
            int row = (int) byOffset[j];
            int base = row * ROW_INTS;
            int from = rowInts[base + OFFSET];
            int count = rowInts[base + COUNT];
            if (from != top) {
                move(from, top, count);
            }
            rowInts[base + OFFSET] = top;
            rowInts[base + CAPACITY] = count;
            top += count;
        }
        clear(top, obligationTop - top);
        obligationTop = top;
        obligationGarbage = 0;
    }

    // ---- counterparty totals

    private void addExposure(RiskSnapshot s, long value) {
        exposures.computeIfAbsent(s.partyKey, k -> new PartyTotal()).add(value, s.counterpartyName, 1);
        exposureVersion++;
    }

    private void removeExposure(String party, String name, long value) {
        PartyTotal x = exposures.get(party);
        x.add(value, name, -1);
        if (x.contracts == 0) {
            exposures.remove(party);
        }
        exposureVersion++;
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
