package io.pactum.rules.risk;

import java.util.Arrays;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's obligations in flat columns, a contract's obligations side by side in a region of
 * slots, and the management of those regions: handing them out at the top, moving a contract's
 * obligations when they outgrow their region, and packing the regions together again when enough
 * of the columns are holes. It exists so that {@link RiskMonitor} reads as the monitoring logic,
 * while the slot layout (which keeps a change to one obligation within one cache line) is kept in
 * one place.
 *
 * <p>A row's region is recorded in the monitor's row ints ({@link RiskMonitor#OFFSET},
 * {@link RiskMonitor#COUNT}, {@link RiskMonitor#CAPACITY}), next to the row's other ints, so that
 * a change reads one line for the row; the methods that move regions are given those ints.
 *
 * <p>Not thread-safe.
 */
final class ObligationColumns {

    // an obligation's longs: id hash (high) and kind (low); due day (high) and fulfilment day (low);
    // outstanding minor units; next change day
    static final int LONGS = 4;
    static final int KEY = 0;
    static final int DAYS = 1;
    static final int OUTSTANDING = 2;
    static final int NEXT = 3;
    /** NEXT bit: the obligation has an alert in {@link #alert}. */
    static final long HAS_ALERT = 1L << 32;

    // the primitive values of obligation k at ob[k * LONGS ...], side by side: one cache line
    // per obligation instead of one per column, and a contract's obligations in consecutive lines
    long[] ob = new long[8 * LONGS];
    @Nullable String[] id = new String[8];
    @Nullable Currency[] currency = new Currency[8];
    @Nullable Alert[] alert = new Alert[8];

    private int top;
    private int garbage;
    /** Compacts only above this much garbage (and above half the used slots); tests lower it. */
    private int compactionFloor = 64;

    /** Lets tests make compaction happen on small portfolios. */
    void compactionFloor(int slots) {
        this.compactionFloor = slots;
    }

    // ---- obligation values

    static long key(int idHash, int kind) {
        return ((long) idHash << 32) | kind;
    }

    static long days(int due, int fulfilled) {
        return ((long) due << 32) | (fulfilled & 0xFFFF_FFFFL);
    }

    static int due(long days) {
        return (int) (days >>> 32);
    }

    static int fulfilled(long days) {
        return (int) days;
    }

    int idHash(int k) {
        return (int) (ob[k * LONGS + KEY] >>> 32);
    }

    int kind(int k) {
        return (int) ob[k * LONGS + KEY];
    }

    int next(int k) {
        return (int) ob[k * LONGS + NEXT];
    }

    /** Copies obligation {@code i} of a snapshot into slot {@code k}. */
    void load(int k, RiskSnapshot s, int i) {
        set(k, s.obId[i], s.obKind[i], s.obDue[i], s.obFulfilled[i], s.obOutstanding[i], s.obCurrency[i]);
    }

    /** Sets the values of slot {@code k}, leaving its next change day and alert as they are. */
    void set(int k, String obligationId, int kind, int dueDay, int fulfilledDay, long outstanding,
            @Nullable Currency obligationCurrency) {
        int o = k * LONGS;
        ob[o + KEY] = key(obligationId.hashCode(), kind);
        ob[o + DAYS] = days(dueDay, fulfilledDay);
        ob[o + OUTSTANDING] = outstanding;
        id[k] = obligationId;
        currency[k] = obligationCurrency;
    }

    /** Marks slot {@code k} as not evaluated yet: no next change day, no alert. */
    void unevaluated(int k) {
        ob[k * LONGS + NEXT] = ContractEvaluator.NEVER;
        alert[k] = null;
    }

    /** Whether slot {@code k} holds the values (the id aside) of obligation {@code i} of a snapshot. */
    boolean sameValues(int k, RiskSnapshot s, int i) {
        int o = k * LONGS;
        return days(s.obDue[i], s.obFulfilled[i]) == ob[o + DAYS] && s.obKind[i] == kind(k)
                && s.obOutstanding[i] == ob[o + OUTSTANDING] && s.obCurrency[i] == currency[k];
    }

    /**
     * The index within a region of the obligation with this id, or {@code count} when there is
     * none (comparing the id hash first, which sits in the obligation's line).
     */
    int indexOf(String obligationId, int offset, int count) {
        int hash = obligationId.hashCode();
        int i = 0;
        while (i < count && !(idHash(offset + i) == hash && obligationId.equals(id[offset + i]))) {
            i++;
        }
        return i;
    }

    // ---- regions

    /**
     * A region of {@code n} obligation slots at the top of the columns, compacting the live rows'
     * regions first when enough of the columns are holes.
     *
     * @param rows the monitor's row ints
     * @param snapshots the monitor's snapshots, null for a row not in use (so not compacted)
     * @param ids the monitor's rows
     */
    int allocate(int n, int[] rows, @Nullable RiskSnapshot[] snapshots, ContractRows ids) {
        int offset = top;
        int need = offset + n;
        if (need > id.length) {
            if (garbage > top / 2 && garbage >= compactionFloor) {
                compact(rows, snapshots, ids);
                return allocate(n, rows, snapshots, ids);
            }
            grow(Math.max(need, id.length + (id.length >> 1)));
        }
        top = need;
        return offset;
    }

    private void grow(int n) {
        ob = Arrays.copyOf(ob, n * LONGS);
        id = Arrays.copyOf(id, n);
        currency = Arrays.copyOf(currency, n);
        alert = Arrays.copyOf(alert, n);
    }

    /** Moves a row's obligations to a new region of {@code capacity} slots. */
    void relocate(int row, int capacity, int[] rows, @Nullable RiskSnapshot[] snapshots, ContractRows ids) {
        int base = row * RiskMonitor.ROW_INTS;
        int to = allocate(capacity, rows, snapshots, ids);
        // read after allocating: a compaction may have moved the row
        int from = rows[base + RiskMonitor.OFFSET];
        int count = rows[base + RiskMonitor.COUNT];
        int oldCapacity = rows[base + RiskMonitor.CAPACITY];
        move(from, to, count);
        clear(from, oldCapacity);
        garbage += oldCapacity;
        rows[base + RiskMonitor.OFFSET] = to;
        rows[base + RiskMonitor.CAPACITY] = capacity;
    }

    /** Gives up a removed row's region (its ids and alerts let go at once, the rest at the next compaction). */
    void free(int offset, int capacity) {
        Arrays.fill(alert, offset, offset + capacity, null);
        Arrays.fill(id, offset, offset + capacity, null);
        garbage += capacity;
    }

    private void move(int from, int to, int count) {
        System.arraycopy(ob, from * LONGS, ob, to * LONGS, count * LONGS);
        System.arraycopy(id, from, id, to, count);
        System.arraycopy(currency, from, currency, to, count);
        System.arraycopy(alert, from, alert, to, count);
    }

    private void clear(int from, int n) {
        Arrays.fill(id, from, from + n, null);
        Arrays.fill(alert, from, from + n, null);
        Arrays.fill(currency, from, from + n, null);
    }

    /**
     * Packs every row's obligations together again, in offset order (so that every move is
     * downwards and overwrites nothing still to be moved), dropping the holes.
     */
    private void compact(int[] rows, @Nullable RiskSnapshot[] snapshots, ContractRows ids) {
        long[] byOffset = new long[ids.size()];
        int n = 0;
        for (int row = 0; row < ids.rowLimit(); row++) {
            if (snapshots[row] != null) {
                byOffset[n++] = ((long) rows[row * RiskMonitor.ROW_INTS + RiskMonitor.OFFSET] << 32) | row;
            }
        }
        Arrays.sort(byOffset, 0, n);
        int packed = 0;
        for (int j = 0; j < n; j++) {
            int row = (int) byOffset[j];
            int base = row * RiskMonitor.ROW_INTS;
            int from = rows[base + RiskMonitor.OFFSET];
            int count = rows[base + RiskMonitor.COUNT];
            if (from != packed) {
                move(from, packed, count);
            }
            rows[base + RiskMonitor.OFFSET] = packed;
            rows[base + RiskMonitor.CAPACITY] = count;
            packed += count;
        }
        clear(packed, top - packed);
        top = packed;
        garbage = 0;
    }
}
