package io.pactum.rules.risk.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map over two arrays (keys in ascending natural order, values): what scan
 * parts and summaries hold for their per-department and per-counterparty counts. Built in one
 * pass from sorted columns, merged in one pass ({@link #merge}), looked up by binary search, and
 * never copied again: a portfolio of 20,000 counterparties would otherwise rebuild a tree of
 * 20,000 nodes at every step from scan to summary. Every mutator throws {@link
 * UnsupportedOperationException}; sub-map views share the arrays. Serializable when its values
 * are (scan parts are shipped between workers).
 *
 * @param <V> the value type
 */
public final class SortedArrayMap<V> extends AbstractMap<String, V>
        implements SortedMap<String, V>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] keys;
    private final Object[] values;
    /** The entries of this map (or view) are positions {@code [from, to)} of the arrays. */
    private final int from;
    private final int to;

    /**
     * The map of the first {@code size} keys and values. The arrays are taken, not copied: the
     * caller must not change them afterwards.
     *
     * @param keys strictly ascending keys
     * @param values the values, same order
     * @param size how many entries are used
     */
    public SortedArrayMap(String[] keys, Object[] values, int size) {
        this(keys, values, 0, size);
    }

    private SortedArrayMap(String[] keys, Object[] values, int from, int to) {
        this.keys = keys;
        this.values = values;
        this.from = from;
        this.to = to;
    }

    /**
     * The map itself when it is a sorted array map already, else a sorted array map with the
     * same entries.
     *
     * @param m a map without null keys or values
     * @param <V> the value type
     * @return an immutable sorted map
     */
    public static <V> SortedArrayMap<V> of(Map<String, V> m) {
        if (m instanceof SortedArrayMap) {
            return (SortedArrayMap<V>) m;
        }
        String[] keys = m.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = Objects.requireNonNull(m.get(keys[i]), "value");
        }
        return new SortedArrayMap<>(keys, values, keys.length);
    }

    /**
     * Merges two sorted maps in one pass, combining the values of keys in both.
     *
     * @param a one map, in natural key order
     * @param b the other
     * @param combine combines two values of one key
     * @param <V> the value type
     * @return the merged map
     */
    public static <V> SortedArrayMap<V> merge(SortedMap<String, V> a, SortedMap<String, V> b,
            BinaryOperator<V> combine) {
        if (a instanceof SortedArrayMap && b instanceof SortedArrayMap) {
            return mergeArrays((SortedArrayMap<V>) a, (SortedArrayMap<V>) b, combine);
        }
        String[] keys = new String[a.size() + b.size()];
        Object[] values = new Object[keys.length];
        Iterator<Map.Entry<String, V>> ia = a.entrySet().iterator();
        Iterator<Map.Entry<String, V>> ib = b.entrySet().iterator();
        Map.Entry<String, V> ea = ia.hasNext() ? ia.next() : null;
        Map.Entry<String, V> eb = ib.hasNext() ? ib.next() : null;
        int n = 0;
        while (ea != null && eb != null) {
            int c = ea.getKey().compareTo(eb.getKey());
            keys[n] = c <= 0 ? ea.getKey() : eb.getKey();
            values[n++] = c < 0 ? ea.getValue() : c > 0 ? eb.getValue() : combine.apply(ea.getValue(), eb.getValue());
            if (c <= 0) {
                ea = ia.hasNext() ? ia.next() : null;
            }
            if (c >= 0) {
                eb = ib.hasNext() ? ib.next() : null;
            }
        }
        for (; ea != null; ea = ia.hasNext() ? ia.next() : null) {
            keys[n] = ea.getKey();
            values[n++] = ea.getValue();
        }
        for (; eb != null; eb = ib.hasNext() ? ib.next() : null) {
            keys[n] = eb.getKey();
            values[n++] = eb.getValue();
        }
        return new SortedArrayMap<>(keys, values, n);
    }

    /** {@link #merge} without an entry object per step: two scan parts of 20,000 counterparties each. */
    @SuppressWarnings("unchecked")
    private static <V> SortedArrayMap<V> mergeArrays(SortedArrayMap<V> a, SortedArrayMap<V> b,
            BinaryOperator<V> combine) {
        String[] keys = new String[a.size() + b.size()];
        Object[] values = new Object[keys.length];
        int i = a.from;
        int j = b.from;
        int n = 0;
        while (i < a.to && j < b.to) {
            // parts of one portfolio mostly share their key strings: equal without comparing characters
            String ka = a.keys[i];
            String kb = b.keys[j];
            int c = ka == kb ? 0 : ka.compareTo(kb);
            if (c < 0) {
                keys[n] = a.keys[i];
                values[n++] = a.values[i++];
            } else if (c > 0) {
                keys[n] = b.keys[j];
                values[n++] = b.values[j++];
            } else {
                keys[n] = a.keys[i];
                values[n++] = combine.apply((V) a.values[i++], (V) b.values[j++]);
            }
        }
        int restA = a.to - i;
        System.arraycopy(a.keys, i, keys, n, restA);
        System.arraycopy(a.values, i, values, n, restA);
        n += restA;
        int restB = b.to - j;
        System.arraycopy(b.keys, j, keys, n, restB);
        System.arraycopy(b.values, j, values, n, restB);
        n += restB;
        return new SortedArrayMap<>(keys, values, n);
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof String && Arrays.binarySearch(keys, from, to, key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(@Nullable Object key) {
        int i = key instanceof String ? Arrays.binarySearch(keys, from, to, key) : -1;
        return i < 0 ? null : (V) values[i];
    }

    /** The key at a position, {@code 0 <= i < size()}, in ascending order. */
    public String keyAt(int i) {
        return keys[from + Objects.checkIndex(i, size())];
    }

    /** The value at a position, {@code 0 <= i < size()}, in key order. */
    @SuppressWarnings("unchecked")
    public V valueAt(int i) {
        return (V) values[from + Objects.checkIndex(i, size())];
    }

    @Override
    public @Nullable Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int i = from;

                    @Override
                    public boolean hasNext() {
                        return i < to;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (i >= to) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> e = new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public String firstKey() {
        if (to == from) {
            throw new NoSuchElementException();
        }
        return keys[from];
    }

    @Override
    public String lastKey() {
        if (to == from) {
            throw new NoSuchElementException();
        }
        return keys[to - 1];
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " > toKey " + toKey);
        }
        return new SortedArrayMap<>(keys, values, position(fromKey), position(toKey));
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return new SortedArrayMap<>(keys, values, from, position(toKey));
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return new SortedArrayMap<>(keys, values, position(fromKey), to);
    }

    /** The position of the first key {@code >= key}, within this map's range. */
    private int position(String key) {
        Objects.requireNonNull(key, "key");
        int i = Arrays.binarySearch(keys, from, to, key);
        return i >= 0 ? i : -i - 1;
    }
}
