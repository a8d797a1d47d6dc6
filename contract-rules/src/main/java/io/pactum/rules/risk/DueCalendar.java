package io.pactum.rules.risk;

import java.util.Arrays;

/**
 * The monitor's due index: which contract rows are due for re-evaluation on which day. One bucket
 * per day (an int list of rows), indexed by the day's offset from a base day; each row knows its
 * day and its position in that day's bucket, so that filing, moving and removing a row are a few
 * array writes (removal swaps the bucket's last row in), with no boxing and no tree walk. The
 * monitor reschedules a row on every change, so this is on the hot path; days are dense (the next
 * change days of a portfolio fall within a few years), so the bucket array stays small.
 *
 * <p>Not thread-safe.
 */
final class DueCalendar {

    /** "Not filed". */
    static final int NONE = Integer.MAX_VALUE;
    private static final int[] EMPTY = new int[0];

    /** The day of bucket 0. */
    private int base;
    private int[][] buckets = new int[64][];
    private int[] sizes = new int[64];
    /** No bucket below this index holds a row. */
    private int lowest = Integer.MAX_VALUE;
    /**
     * Per row: the day it is filed under ({@link #NONE} if none, high half) and its position in
     * that bucket (low half), side by side so that moving a row reads one cache line, not two.
     */
    private long[] place = new long[0];

    DueCalendar(int base) {
        this.base = base;
    }

    /** The day a row is filed under, or {@link #NONE}. */
    int dayOf(int row) {
        return row < place.length ? day(place[row]) : NONE;
    }

    /**
     * Reads where a row is filed (its place and its bucket slot), and nothing else: a bulk call reads
     * the places of many rows one after the other, so that their cache misses overlap, before it
     * moves them.
     *
     * @return a value for the caller to fold into a result the JIT cannot drop
     */
    long probe(int row) {
        if (row >= place.length) {
            return 0;
        }
        long p = place[row];
        int index = day(p) - base;
        if (day(p) == NONE || index < 0 || index >= buckets.length) {
            return p;
        }
        int[] bucket = buckets[index];
        int slot = (int) p;
        return bucket == null || slot >= bucket.length ? p : p + bucket[slot];
    }

    private static int day(long place) {
        return (int) (place >>> 32);
    }

    private static long place(int day, int slot) {
        return ((long) day << 32) | (slot & 0xFFFF_FFFFL);
    }

    /**
     * Files a row under a day, moving it from the day it was filed under; {@link #NONE} unfiles
     * it. A day before the base day is filed under the base day (it is due on the next roll-over).
     */
    void schedule(int row, int day) {
        if (row >= place.length) {
            int n = Math.max(row + 1, place.length * 2);
            int old = place.length;
            place = Arrays.copyOf(place, n);
            Arrays.fill(place, old, n, place(NONE, 0));
        }
        long current = place[row];
        if (day(current) == day) {
            return;
        }
        if (day(current) != NONE) {
            unlink((int) current, day(current) - base);
        }
        if (day == NONE) {
            place[row] = place(NONE, 0);
            return;
        }
        int filed = Math.max(day, base);
        int index = filed - base;
        if (index >= buckets.length) {
            grow(index);
        }
        int[] bucket = buckets[index];
        int size = sizes[index];
        if (bucket == null || size == bucket.length) {
            bucket = bucket == null ? new int[4] : Arrays.copyOf(bucket, size * 2);
            buckets[index] = bucket;
        }
        bucket[size] = row;
        place[row] = place(filed, size);
        sizes[index] = size + 1;
        lowest = Math.min(lowest, index);
    }

    /** Takes the row at {@code slot} out of bucket {@code index}, moving the bucket's last row into its slot. */
    private void unlink(int slot, int index) {
        int[] bucket = buckets[index];
        int last = --sizes[index];
        if (slot != last) {
            int moved = bucket[last];
            bucket[slot] = moved;
            // the moved row is filed under this bucket's day: a store, no read of a random line
            place[moved] = place(base + index, slot);
        }
    }

    private void grow(int index) {
        int n = Math.max(index + 1, buckets.length * 2);
        buckets = Arrays.copyOf(buckets, n);
        sizes = Arrays.copyOf(sizes, n);
    }

    /**
     * Takes every row filed under a day up to {@code day}, earliest day first, unfiling them; the
     * rows of one day in filing order (after removals). Rows filed while the caller handles the
     * result are not in it. Empty when nothing is due.
     */
    int[] takeFirstDue(int day) {
        int limit = day - base;
        while (lowest < sizes.length && lowest <= limit) {
            int index = lowest;
            int size = sizes[index];
            if (size == 0) {
                lowest++;
                continue;
            }
            int[] rows = Arrays.copyOf(buckets[index], size);
            sizes[index] = 0;
            for (int r : rows) {
                place[r] = place(NONE, 0);
            }
            return rows;
        }
        rebase(day);
        return EMPTY;
    }

    /** Drops the buckets before {@code day} once they are all empty, keeping the array from creeping. */
    private void rebase(int day) {
        int shift = Math.min(day - base, Math.min(lowest, sizes.length));
        if (shift <= 0 || shift < buckets.length / 2) {
            return;
        }
        int n = buckets.length - shift;
        int[][] b = new int[Math.max(64, n)][];
        int[] s = new int[b.length];
        System.arraycopy(buckets, shift, b, 0, n);
        System.arraycopy(sizes, shift, s, 0, n);
        buckets = b;
        sizes = s;
        base += shift;
        lowest = lowest == Integer.MAX_VALUE ? lowest : lowest - shift;
    }
}
