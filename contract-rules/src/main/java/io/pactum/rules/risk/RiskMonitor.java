package io.pactum.rules.risk;

import static io.pactum.rules.risk.ObligationColumns.DAYS;
import static io.pactum.rules.risk.ObligationColumns.LONGS;
import static io.pactum.rules.risk.ObligationColumns.OUTSTANDING;
import static io.pactum.rules.risk.ObligationColumns.due;
import static io.pactum.rules.risk.ObligationColumns.fulfilled;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * lines: the id table (hash next to row), the row's line, the obligation's columns. A batch of
 * changes ({@link #putObligations}) reads those of many changes together, in row order, so that
 * the waits overlap. Counters are
 * adjusted by difference; the due index is a day-indexed calendar of rows; concentration is
 * recomputed from the counterparty totals only when they or the date changed. An alert is built
 * only when an obligation's outcome is an alert; a change that leaves a contract without alerts
 * before and after returns one shared quiet diff.
 *
 * <p>The parts live in package-private helpers: {@link ObligationColumns} (the obligation columns
 * and their regions), {@link ObligationBatch} (a batch's changes read into columns, sorted by row,
 * and its diff), {@link AlertChanges} (a change's came and gone alerts and its diff),
 * {@link ObligationRules}, {@link ContractRows}, {@link DueCalendar}, {@link MonitorCounts} and
 * {@link MonitorExposures}; this class holds the per-contract rows and decides what to
 * re-evaluate.
 *
 * <p>Not thread-safe: one owner drives it.
 */
public final class RiskMonitor {

    private static final AlertDiff QUIET = new AlertDiff(List.of(), List.of(), List.of());
    private static final Comparator<Alert> BY_KEY = AlertChanges.BY_KEY;
    private static final int CONTRACT_RULES = ContractEvaluator.DATED | ContractEvaluator.UNDATED;
    private static final int NEVER = ContractEvaluator.NEVER;
    private static final Alert[] NO_ALERTS = new Alert[0];
    /**
     * How many changes a bulk call reads ahead of applying them: enough for their cache misses to
     * overlap, few enough that the lines read are still cached when the changes are applied.
     */
    private static final int BULK_BLOCK = 64;
    /** The size of bulk call whose scratch is kept for the next call whatever the portfolio's size. */
    private static final int KEPT_BATCH = 1024;

    // the row's ints, ROW_INTS per row side by side so that one change reads one or two cache lines
    static final int ROW_INTS = 8;
    static final int OFFSET = 0;
    static final int COUNT = 1;
    static final int CAPACITY = 2;
    private static final int CONTRACT_NEXT = 3;
    private static final int ALERTS = 4;
    /** The day the row is filed under in the due calendar, so that an unchanged day costs no calendar entry. */
    private static final int FILED = 5;
    // slot 6 is free
    /**
     * Bit 0: in force; bit 1: {@link #HAS_CONTRACT_ALERTS}; from bit 2 on: the number of the
     * obligation rules' settings ({@link #settings}).
     */
    private static final int FLAGS = 7;
    /** FLAGS bit: the contract's own rules have alerts (so that a diff need not read their array). */
    private static final int HAS_CONTRACT_ALERTS = 2;
    private static final int SETTINGS_SHIFT = 2;

    private final RiskEngine engine;
    private final ContractEvaluator evaluator;
    private int asOf;
    private final ContractRows ids = new ContractRows();
    private final DueCalendar due;
    private final MonitorCounts counts = new MonitorCounts();
    private final MonitorExposures exposures;
    private long evaluations;
    /**
     * The distinct obligation rules' settings (a profile's and a status's), numbered, so that a
     * change to an obligation finds them from its row without reading the contract's snapshot.
     */
    private final List<ObligationRules> settings = new ArrayList<>();

    // per row
    private @Nullable RiskSnapshot[] snapshots = new RiskSnapshot[16];
    private Alert[][] contractAlerts = new Alert[16][];
    private int[] rowInts = new int[16 * ROW_INTS];
    /** Per row, the department and counterparty numbers (read only when an alert is counted). */
    private int[] rowGroups = new int[16 * 2];
    private long[] exposure = new long[16];

    /** Per obligation, a row's obligations at [OFFSET, OFFSET + COUNT) within a region of CAPACITY. */
    private final ObligationColumns columns = new ObligationColumns();

    /** The alerts that came and went in one call. */
    private final AlertChanges alertChanges = new AlertChanges();
    /** Folds the reads a bulk call makes ahead of its changes, so that the JIT keeps them. */
    private long readAhead;
    /**
     * The last tag a bulk call gave an obligation it changed: each call tags its changes with the
     * next numbers, so that a call tells the obligations it changed before from all others without
     * clearing tags afterwards.
     */
    private int lastTag;
    /**
     * The scratch of the last bulk call, kept for the next when it is no larger than the number of
     * contracts (or {@link #KEPT_BATCH}), so that its memory stays in proportion to the monitor's.
     */
    private @Nullable ObligationBatch batch;
    /** The indexes of the obligations a put changed ({@link #changedObligations}), reused from call to call. */
    private int[] changed = new int[16];

    RiskMonitor(RiskEngine engine, LocalDate asOf) {
        this.engine = engine;
        this.evaluator = engine.evaluator();
        this.asOf = (int) asOf.toEpochDay();
        this.due = new DueCalendar(this.asOf);
        this.exposures = new MonitorExposures(engine.profiles());
    }

    void add(RiskSnapshot s) {
        if (ids.row(s.contractId) >= 0) {
            throw new PactumException(RiskError.DUPLICATE_CONTRACT, "contractId",
                    "contract " + s.contractId.value() + " appears twice");
        }
        install(s);
    }

    /** Lets tests make compaction happen on small portfolios. */
    void compactionFloor(int slots) {
        columns.compactionFloor(slots);
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
                ObligationRules rules = settings.get(rowInts[base + FLAGS] >>> SETTINGS_SHIFT);
                int offset = rowInts[base + OFFSET];
                for (int c = 0; c < changes; c++) {
                    int i = changed[c];
                    int k = offset + i;
                    columns.load(k, snapshot, i);
                    evaluateObligation(row, k, rules);
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
            String mine = columns.id(k);
            if (id != mine && !id.equals(mine)) {
                return -1;
            }
            if (!columns.sameValues(k, s, i)) {
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
        int i = obligationIndex(row, obligation.id());
        // checked before anything changes, so that a bad obligation leaves the monitor as it was
        int dueDay = RiskSnapshot.day(obligation.dueDate(), "obligations", i, ".dueDate");
        int fulfilled = obligation.fulfilledOn() == null ? RiskSnapshot.OPEN
                : RiskSnapshot.day(obligation.fulfilledOn(), "obligations", i, ".fulfilledOn");
        Money amount = obligation.outstanding();
        long outstanding = amount == null ? -1 : RiskSnapshot.minor(amount, "obligations", i, ".outstanding");
        int alertsBefore = rowInts[row * ROW_INTS + ALERTS];
        apply(row, i, obligation, dueDay, fulfilled, outstanding);
        schedule(row);
        return diff(row, alertsBefore);
    }

    /** The index of a row's obligation with this id, or the row's obligation count for a new one. */
    private int obligationIndex(int row, String id) {
        int base = row * ROW_INTS;
        return columns.indexOf(id, rowInts[base + OFFSET], rowInts[base + COUNT]);
    }

    /** Sets obligation {@code i} of a row (appending it when {@code i} is the count) and re-evaluates it. */
    private void apply(int row, int i, ObligationSnapshot obligation, int dueDay, int fulfilled, long outstanding) {
        int k = slot(row, i);
        Money out = obligation.outstanding();
        columns.set(k, obligation.id(), obligation.id().hashCode(), obligation.kind().ordinal(), dueDay, fulfilled,
                outstanding, out == null ? null : out.currency());
        evaluateObligation(row, k, settings.get(rowInts[row * ROW_INTS + FLAGS] >>> SETTINGS_SHIFT));
    }

    /** The slot of obligation {@code i} of a row, appending a slot when {@code i} is the count. */
    private int slot(int row, int i) {
        int base = row * ROW_INTS;
        int offset = rowInts[base + OFFSET];
        int count = rowInts[base + COUNT];
        if (i == count) {
            if (count == rowInts[base + CAPACITY]) {
                relocate(row, count * 2 + 1);
                offset = rowInts[base + OFFSET];
            }
            rowInts[base + COUNT] = count + 1;
            columns.unevaluated(offset + i);
        }
        evaluations++;
        return offset + i;
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
        if ((rowInts[base + FLAGS] & 1) != 0) {
            exposures.remove(s.partyKey, s.counterpartyName, exposure[row]);
        }
        due.schedule(row, DueCalendar.NONE);
        int offset = rowInts[base + OFFSET];
        columns.free(offset, rowInts[base + CAPACITY]);
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
                rowInts[row * ROW_INTS + FILED] = NEVER; // taken off the calendar
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
        KeyOrder.sort(out);
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
        return exposures.concentration(asOf());
    }

    /**
     * Applies a batch of obligation changes, such as a day's payments from the finance system,
     * with the same outcome as {@link #putObligation} called for each in order; but all are checked
     * before any is applied (a bad change leaves the monitor as it was), and the diff is one for the
     * batch, over the changed obligations. Use it when changes come in batches: a change to a
     * contract among a million waits on memory for a few reads (the contract's slot and row, the
     * obligation's index entries and line). A batch finds every change's row first, then
     * applies the changes in row order (changes to one contract in batch order; changes to
     * different contracts commute), so that memory is read front to back, and it reads the lines of
     * a block of changes one after the other, so that the waits overlap, before it applies each
     * change to lines already in the cache.
     *
     * @param changes the changes, in order (several may change the same contract or obligation)
     * @return how the alerts about the changed obligations differ from before the batch: raised,
     *     still open (in their new version) and resolved (in their version from before the batch).
     *     Unlike {@link #putObligation}'s, the diff does not list the changed contracts' other
     *     alerts as still open ({@link #alertsOf} has them)
     * @throws PactumException {@link RiskError#UNKNOWN_CONTRACT} at {@code changes[i].contractId}
     *     for a contract the monitor does not watch; {@link RiskError#BAD_SNAPSHOT} at
     *     {@code changes[i]} for a null change, or at {@code changes[i].obligation.dueDate} (or
     *     {@code .fulfilledOn}) for a date outside the years 1 to 9999;
     *     {@link RiskError#AMOUNT_OUT_OF_RANGE} at {@code changes[i].obligation.outstanding}
     */
    public AlertDiff putObligations(List<ObligationChange> changes) {
        ObligationChange[] c = Objects.requireNonNull(changes, "changes").toArray(new ObligationChange[0]);
        ObligationBatch b = batch != null && batch.capacity() >= c.length ? batch
                : new ObligationBatch(c.length, BULK_BLOCK);
        if (c.length <= Math.max(KEPT_BATCH, ids.size())) {
            batch = b;
        }
        b.start(c.length);
        try {
            return apply(c, b);
        } finally {
            b.finish();
        }
    }

    /** Reads, checks and applies the changes {@code c} in the scratch {@code b}. */
    private AlertDiff apply(ObligationChange[] c, ObligationBatch b) {
        long ahead = 0;
        // every change read, checked and its row found before any is applied; each step over a
        // block of changes at a time, so that the block's cache misses overlap
        for (int from = 0; from < b.size; from += BULK_BLOCK) {
            int to = Math.min(b.size, from + BULK_BLOCK);
            ahead += b.probe(c, from, to);
            for (int j = from; j < to; j++) {
                b.read(j, c[j]);
            }
            for (int j = from; j < to; j++) {
                ahead += ids.probe(b.readRows[j]);
            }
            for (int j = from; j < to; j++) {
                int row = ids.row(c[j].contractId(), b.readRows[j]);
                if (row < 0) {
                    throw new PactumException(RiskError.UNKNOWN_CONTRACT, "changes[" + j + "].contractId",
                            "contract " + c[j].contractId().value() + " is not watched");
                }
                b.readRows[j] = row;
            }
        }
        if (b.size > ObligationColumns.MAX_TAG - lastTag) {
            columns.clearTags(); // once in two billion changes
            lastTag = 0;
        }
        int tagBase = lastTag;
        b.sortByRow(ids.rowLimit());
        for (int from = 0; from < b.size; from += BULK_BLOCK) {
            int to = Math.min(b.size, from + BULK_BLOCK);
            for (int j = from; j < to; j++) {
                ahead += rowInts[b.rows[j] * ROW_INTS];
            }
            for (int j = from; j < to; j++) {
                int row = b.rows[j];
                int base = row * ROW_INTS;
                ahead += columns.probe(rowInts[base + OFFSET], rowInts[base + COUNT], b.idHashes[j]);
            }
            for (int j = from; j < to; j++) {
                ahead += probeSnapshot(b, j);
            }
            for (int j = from; j < to; j++) {
                int row = b.rows[j];
                int base = row * ROW_INTS;
                int k = slot(row, columns.indexOf(b.ids[j], b.idHashes[j], rowInts[base + OFFSET], rowInts[base + COUNT]));
                int tag = columns.tag(k);
                // a tag above the base is this batch's: the obligation changed before, at change tag - base - 1
                b.before(j, tag > tagBase ? tag - tagBase - 1 : -1, columns.alert(k));
                columns.set(k, b.ids[j], b.idHashes[j], b.kinds[j], b.dueDays[j], b.fulfilledDays[j], b.outstanding[j],
                        b.currencies[j]);
                evaluateObligation(row, k, settings.get(rowInts[base + FLAGS] >>> SETTINGS_SHIFT));
                b.after[j] = columns.alert(k);
                columns.tag(k, tagBase + j + 1);
                schedule(row);
            }
        }
        readAhead = ahead;
        lastTag = tagBase + b.size;
        alertChanges.clear();
        return b.diff();
    }

    /**
     * Reads the values of the contract's snapshot an alert is built from when change {@code j} will
     * raise one (or keep one, rebuilt): the contract's number and id, which lie elsewhere than the
     * monitor's columns.
     */
    private long probeSnapshot(ObligationBatch b, int j) {
        int row = b.rows[j];
        ObligationRules rules = settings.get(rowInts[row * ROW_INTS + FLAGS] >>> SETTINGS_SHIFT);
        long outcome = ContractEvaluator.outcome(rules.aging, rules.late, rules.overdue, b.kinds[j], b.dueDays[j],
                b.fulfilledDays[j], b.outstanding[j], asOf);
        if (ContractEvaluator.code(outcome) == ContractEvaluator.NO_ALERT) {
            return 0;
        }
        RiskSnapshot s = snapshots[row];
        return s.number.length() + s.contractId.value().length();
    }

    /** Lets tests make the bulk calls' tags wrap around. */
    void lastTag(int tag) {
        lastTag = tag;
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
        if ((rowInts[base + FLAGS] & HAS_CONTRACT_ALERTS) != 0) {
            out.addAll(Arrays.asList(contractAlerts[row]));
        }
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            Alert a = columns.alert(k);
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
     * The diff after some obligations of a row were re-evaluated, built from what changed without
     * comparing the whole before and after lists.
     */
    private AlertDiff diff(int row, int alertsBefore) {
        int alertsAfter = rowInts[row * ROW_INTS + ALERTS];
        if (alertsBefore == 0 && alertsAfter == 0) {
            alertChanges.clear();
            return QUIET;
        }
        List<Alert> open = new ArrayList<>(alertsAfter);
        collect(row, open);
        return alertChanges.diff(open);
    }

    /** Re-evaluates the parts of a row whose next change date has come (a roll-over). */
    private void refreshDue(int row, int day) {
        evaluations++;
        RiskSnapshot s = snapshots[row];
        int base = row * ROW_INTS;
        if (rowInts[base + CONTRACT_NEXT] <= day) {
            evaluateContractRules(row, s);
        }
        ObligationRules rules = settings.get(rowInts[base + FLAGS] >>> SETTINGS_SHIFT);
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            if (columns.next(k) <= day) {
                evaluateObligation(row, k, rules);
            }
        }
        alertChanges.clear();
        schedule(row);
    }

    /** The number of a contract's obligation rules' settings, numbering them on first use. */
    private int settingsOf(RiskSnapshot s) {
        ObligationRules mine = new ObligationRules(evaluator, s);
        for (int i = 0; i < settings.size(); i++) {
            if (settings.get(i).same(mine)) {
                return i;
            }
        }
        settings.add(mine);
        return settings.size() - 1;
    }

    private void evaluateContractRules(int row, RiskSnapshot s) {
        List<Alert> alerts = new ArrayList<>(0);
        int base = row * ROW_INTS;
        rowInts[base + CONTRACT_NEXT] = evaluator.evaluate(s, asOf, alerts::add, CONTRACT_RULES);
        Alert[] old = contractAlerts[row];
        int department = rowGroups[2 * row];
        int party = rowGroups[2 * row + 1];
        for (Alert a : old) {
            counts.add(a, department, party, -1);
        }
        for (Alert a : alerts) {
            counts.add(a, department, party, 1);
        }
        rowInts[base + ALERTS] += alerts.size() - old.length;
        contractAlerts[row] = alerts.isEmpty() ? NO_ALERTS : alerts.toArray(NO_ALERTS);
        rowInts[base + FLAGS] = alerts.isEmpty() ? rowInts[base + FLAGS] & ~HAS_CONTRACT_ALERTS
                : rowInts[base + FLAGS] | HAS_CONTRACT_ALERTS;
    }

    /** Re-evaluates one obligation, building its alert only when its outcome is one. */
    private void evaluateObligation(int row, int k, ObligationRules rules) {
        int o = k * LONGS;
        long days = columns.ob[o + DAYS];
        long outcome = ContractEvaluator.outcome(rules.aging, rules.late, rules.overdue, columns.kind(k), due(days),
                fulfilled(days), columns.ob[o + OUTSTANDING], asOf);
        int code = ContractEvaluator.code(outcome);
        // the alert bit lives in the obligation's line: most changes never read the alert column
        Alert old = columns.hasAlert(k) ? columns.alert(k) : null;
        columns.next(k, ContractEvaluator.next(outcome));
        if (old == null && code == ContractEvaluator.NO_ALERT) {
            columns.hasAlert(k, false);
            return;
        }
        Alert now = code == ContractEvaluator.NO_ALERT ? null
                : ContractEvaluator.obligationAlert(snapshots[row], rules.aging, rules.late, rules.overdue, code, columns.id(k),
                        columns.kind(k), due(days), columns.ob[o + OUTSTANDING], columns.currency(k));
        int base = row * ROW_INTS;
        int department = rowGroups[2 * row];
        int party = rowGroups[2 * row + 1];
        if (old != null) {
            counts.add(old, department, party, -1);
            rowInts[base + ALERTS]--;
        }
        if (now != null) {
            counts.add(now, department, party, 1);
            rowInts[base + ALERTS]++;
        }
        columns.alert(k, now);
        columns.hasAlert(k, now != null);
        if (old != null && now != null && old.key().equals(now.key())) {
            return; // still open, in its new version
        }
        if (old != null) {
            alertChanges.gone(old);
        }
        if (now != null) {
            alertChanges.came(now);
        }
    }

    /** Files the row under its earliest next change date. */
    private void schedule(int row) {
        int base = row * ROW_INTS;
        int next = rowInts[base + CONTRACT_NEXT];
        int offset = rowInts[base + OFFSET];
        for (int k = offset; k < offset + rowInts[base + COUNT]; k++) {
            next = Math.min(next, columns.next(k));
        }
        if (next != rowInts[base + FILED]) {
            due.schedule(row, next == NEVER ? DueCalendar.NONE : next);
            rowInts[base + FILED] = next;
        }
    }

    private int install(RiskSnapshot s) {
        int row = ids.add(s.contractId);
        if (row >= snapshots.length) {
            int n = Math.max(row + 1, snapshots.length * 2);
            snapshots = Arrays.copyOf(snapshots, n);
            contractAlerts = Arrays.copyOf(contractAlerts, n);
            rowInts = Arrays.copyOf(rowInts, n * ROW_INTS);
            rowGroups = Arrays.copyOf(rowGroups, n * 2);
            exposure = Arrays.copyOf(exposure, n);
        }
        int base = row * ROW_INTS;
        Arrays.fill(rowInts, base, base + ROW_INTS, 0);
        rowInts[base + FILED] = NEVER;
        rowInts[base + OFFSET] = allocate(s.obId.length);
        rowInts[base + CAPACITY] = s.obId.length;
        contractAlerts[row] = NO_ALERTS;
        snapshots[row] = s;
        evaluateAll(row, s);
        boolean inForce = ContractEvaluator.inForce(s);
        rowInts[base + FLAGS] = (rowInts[base + FLAGS] & ~1) | (inForce ? 1 : 0);
        exposure[row] = inForce ? engine.portfolioMinor(s) : 0;
        if (inForce) {
            exposures.add(s, exposure[row]);
        }
        schedule(row);
        return row;
    }

    /** Numbers the row's department and counterparty, loads its obligations and evaluates everything. */
    private void evaluateAll(int row, RiskSnapshot s) {
        evaluations++;
        int base = row * ROW_INTS;
        rowGroups[2 * row] = counts.department(s.department.value());
        rowGroups[2 * row + 1] = counts.party(s.partyKey);
        int n = s.obId.length;
        if (n > rowInts[base + CAPACITY]) {
            relocate(row, n);
        }
        rowInts[base + COUNT] = n;
        int number = settingsOf(s);
        rowInts[base + FLAGS] = (number << SETTINGS_SHIFT) | (rowInts[base + FLAGS] & 1);
        evaluateContractRules(row, s);
        ObligationRules rules = settings.get(number);
        int offset = rowInts[base + OFFSET];
        for (int i = 0; i < n; i++) {
            int k = offset + i;
            columns.load(k, s, i);
            columns.unevaluated(k);
            evaluateObligation(row, k, rules);
        }
        alertChanges.clear();
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
        columns.clearAlerts(offset, offset + rowInts[base + COUNT]);
        contractAlerts[row] = NO_ALERTS;
        rowInts[base + ALERTS] = 0;
        snapshots[row] = s;
        evaluateAll(row, s);
        boolean inForce = ContractEvaluator.inForce(s);
        long value = inForce ? engine.portfolioMinor(s) : 0;
        boolean wasInForce = (rowInts[base + FLAGS] & 1) != 0;
        if (inForce != wasInForce || value != exposure[row] || !old.counterpartyId.equals(s.counterpartyId)
                || !old.counterpartyName.equals(s.counterpartyName)) {
            if (wasInForce) {
                exposures.remove(old.partyKey, old.counterpartyName, exposure[row]);
            }
            if (inForce) {
                exposures.add(s, value);
            }
        }
        exposure[row] = value;
        rowInts[base + FLAGS] = (rowInts[base + FLAGS] & ~1) | (inForce ? 1 : 0);
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
            counts.add(a, rowGroups[2 * row], rowGroups[2 * row + 1], -1);
        }
    }

    /** A region of {@code n} obligation slots for a row. */
    private int allocate(int n) {
        return columns.allocate(n, rowInts, snapshots, ids);
    }

    /** Moves a row's obligations to a new region of {@code capacity} slots. */
    private void relocate(int row, int capacity) {
        columns.relocate(row, capacity, rowInts, snapshots, ids);
    }
}
