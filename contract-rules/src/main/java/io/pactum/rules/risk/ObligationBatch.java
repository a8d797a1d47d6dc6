package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch of obligation changes read into columns, for {@link RiskMonitor#putObligations}: each
 * change's values are read from the host's objects once, checked (so that a bad change is refused
 * before any is applied), and then applied from these arrays without reading those objects again
 * (by then they are out of the cache). {@link #read} fills the {@code read…} columns, index
 * {@code j} the change's place in the batch; {@link #sortByRow} copies them into the columns of the
 * same names without the prefix, index {@code j} the change's place in row order.
 *
 * <p>The arrays are kept from call to call ({@link #start}, {@link #finish}), so that a monitor
 * fed batch after batch does not allocate and zero them for every batch.
 *
 * <p>Not thread-safe: one call's scratch space at a time.
 */
final class ObligationBatch {

    private static final int RADIX_BITS = 11;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

    /** The number of changes of the current call. */
    int size;
    // the changes in batch order, as read
    /** The contract id's hash ({@link ContractRows#hash}) once read, the contract's row once found. */
    final int[] readRows;
    final String[] readIds;
    final int[] readIdHashes;
    private final int[] readKinds;
    private final int[] readDueDays;
    private final int[] readFulfilledDays;
    private final long[] readOutstanding;
    private final @Nullable Currency[] readCurrencies;
    // the changes in row order, after the sort
    final int[] rows;
    final String[] ids;
    final int[] idHashes;
    final int[] kinds;
    final int[] dueDays;
    final int[] fulfilledDays;
    /** Minor units, -1 for none. */
    final long[] outstanding;
    final @Nullable Currency[] currencies;
    /** The alert of the change's obligation before the batch (not before the change), if it had one. */
    private final @Nullable Alert[] before;
    /** The alert of the change's obligation after the change, if it has one. */
    final @Nullable Alert[] after;
    /** Whether a later change in the batch changed the same obligation. */
    private final boolean[] superseded;

    /** Scratch for {@link #probe}: a block's obligations. */
    private final @Nullable ObligationSnapshot[] obligations;

    // the sort's order, its other buffer, and its digit counts
    private final int[] order;
    private final int[] other;
    private final int[] digits = new int[1 << RADIX_BITS];

    /**
     * Scratch for calls of up to {@code capacity} changes.
     *
     * @param block the number of changes {@link #probe} reads at a time
     */
    ObligationBatch(int capacity, int block) {
        obligations = new ObligationSnapshot[block];
        readRows = new int[capacity];
        readIds = new String[capacity];
        readIdHashes = new int[capacity];
        readKinds = new int[capacity];
        readDueDays = new int[capacity];
        readFulfilledDays = new int[capacity];
        readOutstanding = new long[capacity];
        readCurrencies = new Currency[capacity];
        rows = new int[capacity];
        ids = new String[capacity];
        idHashes = new int[capacity];
        kinds = new int[capacity];
        dueDays = new int[capacity];
        fulfilledDays = new int[capacity];
        outstanding = new long[capacity];
        currencies = new Currency[capacity];
        order = new int[capacity];
        other = new int[capacity];
        before = new Alert[capacity];
        after = new Alert[capacity];
        superseded = new boolean[capacity];
    }

    /** The most changes a call can have. */
    int capacity() {
        return rows.length;
    }

    /** Starts a call of {@code n} changes, at most {@link #capacity}. */
    void start(int n) {
        size = n;
        Arrays.fill(superseded, 0, n, false);
    }

    /** Ends a call (also one that failed), letting go of the host's objects and the alerts. */
    void finish() {
        Arrays.fill(readIds, 0, size, null);
        Arrays.fill(ids, 0, size, null);
        Arrays.fill(readCurrencies, 0, size, null);
        Arrays.fill(currencies, 0, size, null);
        Arrays.fill(before, 0, size, null);
        Arrays.fill(after, 0, size, null);
        size = 0;
    }

    /**
     * Reads the objects of changes {@code [from, to)} (the change, its contract id, its obligation
     * and the obligation's values), and nothing else, in two short loops whose cache misses overlap,
     * so that {@link #read} then finds them in the cache.
     *
     * @return a value for the caller to fold into a result the JIT cannot drop
     */
    long probe(@Nullable ObligationChange[] changes, int from, int to) {
        long sum = 0;
        for (int j = from; j < to; j++) {
            ObligationChange c = changes[j];
            if (c != null) {
                obligations[j - from] = c.obligation();
                sum += c.contractId().hashCode();
            }
        }
        for (int j = from; j < to; j++) {
            ObligationSnapshot o = obligations[j - from];
            if (o != null) {
                Money amount = o.outstanding();
                LocalDate fulfilled = o.fulfilledOn();
                sum += o.id().hashCode() + o.dueDate().getYear() + (fulfilled == null ? 0 : fulfilled.getYear())
                        + (amount == null ? 0 : amount.amount().scale());
                obligations[j - from] = null;
            }
        }
        return sum;
    }

    /**
     * Reads and checks change {@code j}.
     *
     * @throws PactumException {@link RiskError#BAD_SNAPSHOT} for a null change or a date outside
     *     the years 1 to 9999, {@link RiskError#AMOUNT_OUT_OF_RANGE} for an amount beyond 2^62
     *     minor units, at the change's path
     */
    void read(int j, @Nullable ObligationChange change) {
        if (change == null) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "changes[" + j + "]", "a change is null");
        }
        readRows[j] = ContractRows.hash(change.contractId());
        ObligationSnapshot o = change.obligation();
        readIds[j] = o.id();
        readIdHashes[j] = o.id().hashCode();
        readKinds[j] = o.kind().ordinal();
        readDueDays[j] = RiskSnapshot.day(o.dueDate(), "changes", j, ".obligation.dueDate");
        readFulfilledDays[j] = o.fulfilledOn() == null ? RiskSnapshot.OPEN
                : RiskSnapshot.day(o.fulfilledOn(), "changes", j, ".obligation.fulfilledOn");
        Money amount = o.outstanding();
        readOutstanding[j] = amount == null ? -1 : RiskSnapshot.minor(amount, "changes", j, ".obligation.outstanding");
        readCurrencies[j] = amount == null ? null : amount.currency();
    }

    /**
     * Copies the changes from the {@code read…} columns into the others in row order, changes to
     * the same row in batch order (a stable LSD radix sort, 11 bits a pass): applied in this order, the rows' lines are read in address order, so
     * that neighbouring changes share pages and the hardware's prefetchers run ahead, and these
     * columns are read front to back. Changes to different contracts commute, and those to one
     * contract keep their order, so the outcome is that of the batch order.
     *
     * @param rowLimit one more than the highest row
     */
    void sortByRow(int rowLimit) {
        int[] from = order;
        int[] into = other;
        for (int j = 0; j < size; j++) {
            from[j] = j;
        }
        for (int shift = 0; shift < 32 && (rowLimit - 1) >>> shift > 0; shift += RADIX_BITS) {
            Arrays.fill(digits, 0);
            for (int j = 0; j < size; j++) {
                digits[(readRows[j] >>> shift) & RADIX_MASK]++;
            }
            for (int d = 0, sum = 0; d < digits.length; d++) {
                int c = digits[d];
                digits[d] = sum;
                sum += c;
            }
            for (int at = 0; at < size; at++) {
                int j = from[at];
                into[digits[(readRows[j] >>> shift) & RADIX_MASK]++] = j;
            }
            int[] t = from;
            from = into;
            into = t;
        }
        for (int at = 0; at < size; at++) {
            int j = from[at];
            rows[at] = readRows[j];
            ids[at] = readIds[j];
            idHashes[at] = readIdHashes[j];
            kinds[at] = readKinds[j];
            dueDays[at] = readDueDays[j];
            fulfilledDays[at] = readFulfilledDays[j];
            outstanding[at] = readOutstanding[j];
            currencies[at] = readCurrencies[j];
        }
    }

    /**
     * Records the alert change {@code j}'s obligation had before the batch.
     *
     * @param earlier the earlier change in the batch to the same obligation, or -1 for none
     * @param current the obligation's alert just before change {@code j}
     */
    void before(int j, int earlier, @Nullable Alert current) {
        if (earlier < 0) {
            before[j] = current;
        } else {
            before[j] = before[earlier];
            superseded[earlier] = true;
        }
    }

    /**
     * The batch's diff: each changed obligation's alert before the batch against its alert after
     * (an obligation has at most one alert, so no keyed comparison is needed).
     */
    AlertDiff diff() {
        List<Alert> raised = new ArrayList<>();
        List<Alert> open = new ArrayList<>();
        List<Alert> resolved = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            Alert was = before[j];
            Alert now = after[j];
            if (superseded[j] || was == null && now == null) {
                continue;
            }
            if (was == null) {
                raised.add(now);
            } else if (now == null) {
                resolved.add(was);
            } else if (was.key().equals(now.key())) {
                open.add(now);
            } else {
                // an aging bucket moved on: the old key resolved, the new raised
                resolved.add(was);
                raised.add(now);
            }
        }
        KeyOrder.sort(raised);
        KeyOrder.sort(open);
        KeyOrder.sort(resolved);
        return new AlertDiff(raised, open, resolved);
    }
}
