package io.pactum.rules.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's obligations in flat columns, a contract's obligations side by side in a region of
 * slots, and the management of those regions: handing them out at the top, moving a contract's
 * obligations when they outgrow their region, and packing the regions together again when enough
 * of the columns are holes. It exists so that {@link RiskMonitor} reads as the monitoring logic,
 * while the slot layout is kept in one place: the layout is what keeps a change to one obligation
 * to a few cache lines (the contract's index entries, the obligation's line, its references).
 *
 * <p>A row's region is recorded in the monitor's row ints ({@link RiskMonitor#OFFSET},
 * {@link RiskMonitor#COUNT}, {@link RiskMonitor#CAPACITY}), next to the row's other ints, so that
 * a change reads one line for the row; the methods that move regions are given those ints.
 *
 * <p>Not thread-safe.
 */
final class ObligationColumns {

    // an obligation's longs: currency number (bits 8 to 31) and kind (low byte); due day (high)
    // and fulfilment day (low); outstanding minor units; state (alert bit and tag)
    static final int LONGS = 4;
    static final int KEY = 0;
    static final int DAYS = 1;
    static final int OUTSTANDING = 2;
    static final int STATE = 3;
    /** STATE bit: the obligation has an alert ({@link #alert}). */
    static final long HAS_ALERT = 1L << 32;
    /** STATE bits 33 to 63: the tag of the bulk call's change that changed the obligation last. */
    private static final int TAG_SHIFT = 33;
    private static final long UNTAGGED = (1L << TAG_SHIFT) - 1;
    /** The highest tag. */
    static final int MAX_TAG = Integer.MAX_VALUE;

    // the primitive values of obligation k at ob[k * LONGS ...], side by side: one cache line
    // per obligation instead of one per column, and a contract's obligations in consecutive lines
    long[] ob = new long[8 * LONGS];
    // per obligation its id's hash (high half) and its next change day (low half): the values a
    // change reads for all of a contract's obligations (to find one by id, to find the earliest
    // next change day), packed so that a contract's ten obligations take one or two lines and the
    // other columns are read for the changed obligation only
    private long[] index = new long[8];
    // the references of obligation k at refs[k * REFS ...]: its id and its alert side by side, so
    // that a change reads one more line, not one per column (the currency is a number in ob)
    private static final int REFS = 2;
    private @Nullable Object[] refs = new Object[8 * REFS];
    /** The currencies by number; number 0 (null) is "none". */
    private final List<@Nullable Currency> currencies = new ArrayList<>(Collections.singletonList(null));

    private int top;
    private int garbage;
    /** Compacts only above this much garbage (and above half the used slots); tests lower it. */
    private int compactionFloor = 64;

    /** Lets tests make compaction happen on small portfolios. */
    void compactionFloor(int slots) {
        this.compactionFloor = slots;
    }

    // ---- obligation values

    static long key(int kind, int currencyNumber) {
        return (currencyNumber << 8) | kind;
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
        return (int) (index[k] >>> 32);
    }

    int kind(int k) {
        return (int) ob[k * LONGS + KEY] & 0xFF;
    }

    /** The currency of obligation {@code k}'s amount, or {@code null} for none. */
    @Nullable Currency currency(int k) {
        return currencies.get((int) ob[k * LONGS + KEY] >>> 8);
    }

    /** The number of a currency ({@code null} is 0), numbering it on first use. */
    private int currencyNumber(@Nullable Currency c) {
        if (c == null) {
            return 0;
        }
        for (int n = 1; n < currencies.size(); n++) {
            if (currencies.get(n) == c) {
                return n;
            }
        }
        currencies.add(c);
        return currencies.size() - 1;
    }

    /** The id of obligation {@code k}. */
    String id(int k) {
        return (String) refs[k * REFS];
    }

    /** The alert of obligation {@code k}, or {@code null}. */
    @Nullable Alert alert(int k) {
        return (Alert) refs[k * REFS + 1];
    }

    /** Sets the alert of obligation {@code k} (the caller keeps its {@link #HAS_ALERT} bit). */
    void alert(int k, @Nullable Alert a) {
        refs[k * REFS + 1] = a;
    }

    /** Lets go of the alerts of slots {@code [from, to)}. */
    void clearAlerts(int from, int to) {
        for (int k = from; k < to; k++) {
            refs[k * REFS + 1] = null;
        }
    }

    /** The first day obligation {@code k}'s outcome can change. */
    int next(int k) {
        return (int) index[k];
    }

    /** Sets the first day obligation {@code k}'s outcome can change. */
    void next(int k, int day) {
        index[k] = (index[k] & 0xFFFF_FFFF_0000_0000L) | (day & 0xFFFF_FFFFL);
    }

    /** Whether obligation {@code k} has an alert (read from its line, not from the alert column). */
    boolean hasAlert(int k) {
        return (ob[k * LONGS + STATE] & HAS_ALERT) != 0;
    }

    /** Records whether obligation {@code k} has an alert, taking its tag off. */
    void hasAlert(int k, boolean has) {
        ob[k * LONGS + STATE] = has ? HAS_ALERT : 0;
    }

    /** The tag slot {@code k} was last given by a bulk call, 0 for none. */
    int tag(int k) {
        return (int) (ob[k * LONGS + STATE] >>> TAG_SHIFT);
    }

    /** Tags slot {@code k}, keeping its alert bit. */
    void tag(int k, int tag) {
        int o = k * LONGS + STATE;
        ob[o] = (ob[o] & UNTAGGED) | ((long) tag << TAG_SHIFT);
    }

    /** Takes every slot's tag off (when the tags would wrap around). */
    void clearTags() {
        for (int o = STATE; o < top * LONGS; o += LONGS) {
            ob[o] &= UNTAGGED;
        }
    }

    /** Copies obligation {@code i} of a snapshot into slot {@code k}. */
    void load(int k, RiskSnapshot s, int i) {
        set(k, s.obId[i], s.obId[i].hashCode(), s.obKind[i], s.obDue[i], s.obFulfilled[i], s.obOutstanding[i], s.obCurrency[i]);
    }

    /** Sets the values of slot {@code k}, leaving its next change day and alert as they are. */
    void set(int k, String obligationId, int idHash, int kind, int dueDay, int fulfilledDay, long outstanding,
            @Nullable Currency obligationCurrency) {
        int o = k * LONGS;
        ob[o + KEY] = key(kind, currencyNumber(obligationCurrency));
        index[k] = ((long) idHash << 32) | (index[k] & 0xFFFF_FFFFL);
        ob[o + DAYS] = days(dueDay, fulfilledDay);
        ob[o + OUTSTANDING] = outstanding;
        refs[k * REFS] = obligationId;
    }

    /** Marks slot {@code k} as not evaluated yet: no next change day, no alert. */
    void unevaluated(int k) {
        ob[k * LONGS + STATE] = 0;
        next(k, ContractEvaluator.NEVER);
        refs[k * REFS + 1] = null;
    }

    /** Whether slot {@code k} holds the values (the id aside) of obligation {@code i} of a snapshot. */
    boolean sameValues(int k, RiskSnapshot s, int i) {
        int o = k * LONGS;
        return days(s.obDue[i], s.obFulfilled[i]) == ob[o + DAYS] && s.obKind[i] == kind(k)
                && s.obOutstanding[i] == ob[o + OUTSTANDING] && s.obCurrency[i] == currency(k);
    }

    /**
     * The index within a region of the obligation with this id, or {@code count} when there is
     * none (comparing the id hash first, which sits in the obligation's line).
     */
    int indexOf(String obligationId, int offset, int count) {
        return indexOf(obligationId, obligationId.hashCode(), offset, count);
    }

    /** {@link #indexOf(String, int, int)} given the id's hash. */
    int indexOf(String obligationId, int hash, int offset, int count) {
        int i = 0;
        while (i < count && !(idHash(offset + i) == hash && obligationId.equals(refs[(offset + i) * REFS]))) {
            i++;
        }
        return i;
    }

    /**
     * Reads what a change to the obligation whose id has this hash reads: the region's index
     * entries, and that obligation's line and references; nothing else. A bulk call reads these for
     * many changes one after the other, so that their cache misses overlap, before it changes them.
     *
     * @return a value for the caller to fold into a result the JIT cannot drop
     */
    long probe(int offset, int count, int hash) {
        int k = offset;
        while (k < offset + count && (int) (index[k] >>> 32) != hash) {
            k++;
        }
        if (k == offset + count) {
            return k; // a new obligation: it goes to the region's end or to a new region
        }
        return ob[k * LONGS + KEY] + (refs[k * REFS] == null ? 0 : 1);
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
        if (need > capacity()) {
            if (garbage > top / 2 && garbage >= compactionFloor) {
                compact(rows, snapshots, ids);
                return allocate(n, rows, snapshots, ids);
            }
            grow(Math.max(need, capacity() + (capacity() >> 1)));
        }
        top = need;
        return offset;
    }

    /** The number of slots. */
    private int capacity() {
        return refs.length / REFS;
    }

    private void grow(int n) {
        ob = Arrays.copyOf(ob, n * LONGS);
        index = Arrays.copyOf(index, n);
        refs = Arrays.copyOf(refs, n * REFS);
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
        Arrays.fill(refs, offset * REFS, (offset + capacity) * REFS, null);
        garbage += capacity;
    }

    private void move(int from, int to, int count) {
        System.arraycopy(ob, from * LONGS, ob, to * LONGS, count * LONGS);
        System.arraycopy(refs, from * REFS, refs, to * REFS, count * REFS);
        System.arraycopy(index, from, index, to, count);
    }

    private void clear(int from, int n) {
        Arrays.fill(refs, from * REFS, (from + n) * REFS, null);
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
