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
 * (by then they are out of the cache). Index {@code j} of the columns is the change's place in the
 * batch until {@link #sortByRow} puts the changes in row order, and its place in that order after.
 *
 * <p>Not thread-safe: one call's scratch space.
 */
final class ObligationBatch {

    private static final int RADIX_BITS = 11;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

    final int size;
    /** The contract id's hash ({@link ContractRows#hash}) once read, the contract's row once found. */
    int[] rows;
    String[] ids;
    int[] idHashes;
    int[] kinds;
    int[] dueDays;
    int[] fulfilledDays;
    /** Minor units, -1 for none. */
    long[] outstanding;
    @Nullable Currency[] currencies;
    /** The alert of the change's obligation before the batch (not before the change), if it had one. */
    private final @Nullable Alert[] before;
    /** The alert of the change's obligation after the change, if it has one. */
    final @Nullable Alert[] after;
    /** Whether a later change in the batch changed the same obligation. */
    private final boolean[] superseded;

    /** Scratch for {@link #probe}: a block's obligations. */
    private final @Nullable ObligationSnapshot[] obligations;

    ObligationBatch(int size, int block) {
        obligations = new ObligationSnapshot[block];
        this.size = size;
        rows = new int[size];
        ids = new String[size];
        idHashes = new int[size];
        kinds = new int[size];
        dueDays = new int[size];
        fulfilledDays = new int[size];
        outstanding = new long[size];
        currencies = new Currency[size];
        before = new Alert[size];
        after = new Alert[size];
        superseded = new boolean[size];
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
        rows[j] = ContractRows.hash(change.contractId());
        ObligationSnapshot o = change.obligation();
        ids[j] = o.id();
        idHashes[j] = o.id().hashCode();
        kinds[j] = o.kind().ordinal();
        dueDays[j] = RiskSnapshot.day(o.dueDate(), "changes", j, ".obligation.dueDate");
        fulfilledDays[j] = o.fulfilledOn() == null ? RiskSnapshot.OPEN
                : RiskSnapshot.day(o.fulfilledOn(), "changes", j, ".obligation.fulfilledOn");
        Money amount = o.outstanding();
        outstanding[j] = amount == null ? -1 : RiskSnapshot.minor(amount, "changes", j, ".obligation.outstanding");
        currencies[j] = amount == null ? null : amount.currency();
    }

    /**
     * Puts the changes in row order, changes to the same row in batch order (a stable LSD radix
     * sort, 11 bits a pass): applied in this order, the rows' lines are read in address order, so
     * that neighbouring changes share pages and the hardware's prefetchers run ahead, and these
     * columns are read front to back. Changes to different contracts commute, and those to one
     * contract keep their order, so the outcome is that of the batch order.
     *
     * @param rowLimit one more than the highest row
     */
    void sortByRow(int rowLimit) {
        int[] order = new int[size];
        for (int j = 0; j < size; j++) {
            order[j] = j;
        }
        int[] other = new int[size];
        int[] counts = new int[1 << RADIX_BITS];
        for (int shift = 0; shift < 32 && (rowLimit - 1) >>> shift > 0; shift += RADIX_BITS) {
            Arrays.fill(counts, 0);
            for (int j = 0; j < size; j++) {
                counts[(rows[j] >>> shift) & RADIX_MASK]++;
            }
            for (int d = 0, sum = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int j : order) {
                other[counts[(rows[j] >>> shift) & RADIX_MASK]++] = j;
            }
            int[] t = order;
            order = other;
            other = t;
        }
        rows = permute(rows, order, other);
        idHashes = permute(idHashes, order, new int[size]);
        kinds = permute(kinds, order, new int[size]);
        dueDays = permute(dueDays, order, new int[size]);
        fulfilledDays = permute(fulfilledDays, order, new int[size]);
        long[] amounts = new long[size];
        String[] sortedIds = new String[size];
        Currency[] sortedCurrencies = new Currency[size];
        for (int at = 0; at < size; at++) {
            int j = order[at];
            amounts[at] = outstanding[j];
            sortedIds[at] = ids[j];
            sortedCurrencies[at] = currencies[j];
        }
        outstanding = amounts;
        ids = sortedIds;
        currencies = sortedCurrencies;
    }

    private static int[] permute(int[] values, int[] order, int[] into) {
        for (int at = 0; at < order.length; at++) {
            into[at] = values[order[at]];
        }
        return into;
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
        raised.sort(AlertChanges.BY_KEY);
        open.sort(AlertChanges.BY_KEY);
        resolved.sort(AlertChanges.BY_KEY);
        return new AlertDiff(raised, open, resolved);
    }
}
