package io.pactum.rules.risk;

import java.util.Arrays;

/**
 * The monitor's due index: which contract rows are due for re-evaluation on which day. One bucket
 * per day (an int list of rows), indexed by the day's offset from a base day, and per row the day
 * it is filed under. Moving a row writes its new day and appends it to the new day's bucket; the
 * entry left in the old bucket is not searched for, but skipped when that bucket is taken (its
 * row is filed under another day by then). The monitor reschedules a row on every change, so
 * this is on the hot path: a move reads no line of the old bucket and no line of the row's, only
 * writes, which do not hold up the changes after it the way a read that misses the cache does.
 * Entries, filed and left, are swept down to the filed rows once there are more than twice the
 * row array's length (plus a floor), so memory stays bounded by the rows. Days are
 * dense (the next change days of a portfolio fall within a few years), so the bucket array stays
 * small.
 *
 * <p>Not thread-safe.
 */
final class DueCalendar {

    /** "Not filed". */
    static final int NONE = Integer.MAX_VALUE;
    /** A row's day while a sweep keeps its entry: a second entry of the row in the bucket is then dropped. */
    private static final int KEPT = Integer.MIN_VALUE;
    private static final int[] EMPTY = new int[0];

    /** The day of bucket 0. */
    private int base;
    private int[][] buckets = new int[64][];
    private int[] sizes = new int[64];
    /** No bucket below this index holds a row. */
    private int lowest = Integer.MAX_VALUE;
    /** Per row, the day it is filed under, or {@link #NONE}. */
    private int[] filed = new int[0];
    /** The entries in all buckets, rows filed there and entries left behind by moves. */
    private long entries;
    /** Entries beyond twice the row array's length that are allowed before a sweep; tests lower it. */
    private int sweepFloor = 4096;

    DueCalendar(int base) {
        this.base = base;
    }

    /** Lets tests make sweeps happen on small calendars. */
    void sweepFloor(int entries) {
        this.sweepFloor = entries;
    }

    /** The number of entries in the buckets, filed and left (for tests). */
    long entries() {
        return entries;
    }

    /** The length of the per-row array, which bounds the entries (for tests). */
    int rowSlots() {
        return filed.length;
    }

    /** The day a row is filed under, or {@link #NONE}. */
    int dayOf(int row) {
        return row < filed.length ? filed[row] : NONE;
    }

    /**
     * Files a row under a day, taking it from the day it was filed under; {@link #NONE} unfiles
     * it. A day before the base day is filed under the base day (it is due on the next roll-over).
     */
    void schedule(int row, int day) {
        if (row >= filed.length) {
            int n = Math.max(row + 1, filed.length * 2);
            int old = filed.length;
            filed = Arrays.copyOf(filed, n);
            Arrays.fill(filed, old, n, NONE);
        }
        if (day == NONE) {
            filed[row] = NONE;
            return;
        }
        // no read of the row's day: the monitor calls only when the row's day changed (a day clamped
        // to the base may repeat), and a second entry under the same day is skipped when taken
        int day0 = Math.max(day, base);
        filed[row] = day0;
        int index = day0 - base;
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
        sizes[index] = size + 1;
        lowest = Math.min(lowest, index);
        if (++entries > 2L * filed.length + sweepFloor) {
            sweep();
        }
    }

    private void grow(int index) {
        int n = Math.max(index + 1, buckets.length * 2);
        buckets = Arrays.copyOf(buckets, n);
        sizes = Arrays.copyOf(sizes, n);
    }

    /**
     * Takes every row filed under a day up to {@code day}, earliest day first, unfiling them; each
     * row of a day once. Rows filed while the caller handles the result are not in it. Empty when
     * nothing is due.
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
            int[] bucket = buckets[index];
            int n = keepFiled(index, NONE); // the rows are unfiled as they are taken
            sizes[index] = 0;
            entries -= size;
            // let go of the array: left entries may have made it far larger than the day's rows
            buckets[index] = null;
            if (n > 0) {
                return Arrays.copyOf(bucket, n);
            }
        }
        rebase(day);
        return EMPTY;
    }

    /**
     * Drops the entries of rows filed elsewhere since, and second entries of a row, from every
     * bucket, keeping each row's first entry in its place.
     */
    private void sweep() {
        entries = 0;
        for (int index = 0; index < sizes.length; index++) {
            int size = sizes[index];
            if (size == 0) {
                continue;
            }
            int[] bucket = buckets[index];
            int bucketDay = base + index;
            int n = keepFiled(index, KEPT);
            for (int i = 0; i < n; i++) {
                filed[bucket[i]] = bucketDay;
            }
            sizes[index] = n;
            entries += n;
            if (n < bucket.length / 4) {
                buckets[index] = n == 0 ? null : Arrays.copyOf(bucket, Math.max(4, n));
            }
        }
    }

    /**
     * Moves the entries of bucket {@code index} whose rows are still filed under its day to the
     * bucket's front, each row once (a row kept is marked {@code mark}, so that its second entry is
     * not), and returns their number.
     */
    private int keepFiled(int index, int mark) {
        int[] bucket = buckets[index];
        int bucketDay = base + index;
        int n = 0;
        for (int i = 0; i < sizes[index]; i++) {
            int row = bucket[i];
            if (filed[row] == bucketDay) {
                filed[row] = mark;
                bucket[n++] = row;
            }
        }
        return n;
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
