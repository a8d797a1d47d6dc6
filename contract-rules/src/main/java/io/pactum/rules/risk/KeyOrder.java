package io.pactum.rules.risk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorts alerts by key ({@link String#compareTo} order) faster than a comparison sort when there
 * are many: keys share long prefixes (the rule id, then the first characters of similar contract
 * ids), which every string comparison walks again. This sorts by two characters at a time after
 * the prefix the keys being sorted share, as numbers in a {@code long[]} (one primitive sort per
 * level), and goes a level deeper only for keys that tie on those two characters. It exists for
 * the monitor's batch diffs, where sorting some ten thousand keys was a tenth of the update.
 *
 * <p>Stable: alerts with equal keys keep their order.
 */
final class KeyOrder {

    /** Below this many keys a plain comparison sort is as fast. */
    private static final int SMALL = 48;
    /**
     * The most levels sorted two characters at a time; below that a range is sorted by comparison.
     * Each level peels at least one key off a run whose keys share ever longer prefixes, so keys
     * built to do that (long obligation ids) could otherwise nest as deep as there are keys.
     */
    private static final int MAX_DEPTH = 64;
    /** Bits of a packed entry that hold the entry's place in its range. */
    private static final int PLACE_BITS = 30;
    private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;
    /** Bits per character code, one more than a char: 0 stands for "past the key's end". */
    private static final int CHAR_BITS = 17;

    private KeyOrder() {
    }

    /** Sorts {@code alerts} by key, in place. */
    static void sort(List<Alert> alerts) {
        sort(alerts, Alert::key);
    }

    /**
     * Sorts {@code items} by the strings {@code key} gives, in {@link String#compareTo} order, in
     * place and stably.
     */
    static <T> void sort(List<T> items, Function<? super T, String> key) {
        int n = items.size();
        if (n < SMALL || n > PLACE_MASK) {
            items.sort(Comparator.comparing(key));
            return;
        }
        Object[] copy = items.toArray();
        String[] keys = new String[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T item = (T) copy[i];
            keys[i] = key.apply(item);
            order[i] = i;
        }
        sortRange(keys, order, 0, n, 0, 0, new long[n], new int[n]);
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T item = (T) copy[order[i]];
            items.set(i, item);
        }
    }

    /**
     * Sorts {@code order[from, to)} by the keys it points at, which agree on their first
     * {@code known} characters.
     */
    private static void sortRange(String[] keys, int[] order, int from, int to, int known, int depth, long[] packed,
            int[] moved) {
        if (to - from < SMALL) {
            insertionSort(keys, order, from, to);
            return;
        }
        if (depth == MAX_DEPTH) {
            mergeSort(keys, order, from, to);
            return;
        }
        int at = sharedPrefix(keys, order, from, to, known);
        for (int i = from; i < to; i++) {
            String key = keys[order[i]];
            long pair = ((long) code(key, at) << CHAR_BITS) | code(key, at + 1);
            // flipping the sign bit makes the signed sort an unsigned one
            packed[i] = ((pair << PLACE_BITS) | (i - from)) ^ Long.MIN_VALUE;
        }
        Arrays.sort(packed, from, to);
        for (int i = from; i < to; i++) {
            moved[i] = order[from + (int) (packed[i] & PLACE_MASK)];
        }
        System.arraycopy(moved, from, order, from, to - from);
        // keys tying on the two characters are sorted on by the characters after them
        int run = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || (packed[i] >>> PLACE_BITS) != (packed[run] >>> PLACE_BITS)) {
                boolean ended = ((packed[run] ^ Long.MIN_VALUE) >>> PLACE_BITS & ((1L << CHAR_BITS) - 1)) == 0;
                if (i - run > 1 && !ended) {
                    sortRange(keys, order, run, i, at + 2, depth + 1, packed, moved);
                }
                run = i;
            }
        }
    }

    /** The length of the prefix the keys of {@code order[from, to)} share, at least {@code known}. */
    private static int sharedPrefix(String[] keys, int[] order, int from, int to, int known) {
        String first = keys[order[from]];
        int shared = first.length();
        for (int i = from + 1; i < to && shared > known; i++) {
            String key = keys[order[i]];
            int limit = Math.min(shared, key.length());
            int c = known;
            while (c < limit && key.charAt(c) == first.charAt(c)) {
                c++;
            }
            shared = c;
        }
        return Math.max(shared, known);
    }

    /** The character at {@code index} plus one, or 0 past the key's end (a shorter key sorts first). */
    private static int code(String key, int index) {
        return index < key.length() ? key.charAt(index) + 1 : 0;
    }

    /** A stable comparison sort by key, for ranges too deep to go on two characters at a time. */
    private static void mergeSort(String[] keys, int[] order, int from, int to) {
        Integer[] items = new Integer[to - from];
        for (int i = from; i < to; i++) {
            items[i - from] = order[i];
        }
        Arrays.sort(items, Comparator.comparing((Integer item) -> keys[item]));
        for (int i = from; i < to; i++) {
            order[i] = items[i - from];
        }
    }

    /** A stable insertion sort by key, for short ranges. */
    private static void insertionSort(String[] keys, int[] order, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int item = order[i];
            String key = keys[item];
            int j = i - 1;
            while (j >= from && keys[order[j]].compareTo(key) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = item;
        }
    }
}
