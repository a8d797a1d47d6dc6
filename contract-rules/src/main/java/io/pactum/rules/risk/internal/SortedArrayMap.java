package io.pactum.rules.risk.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A read-only sorted map over two arrays (keys in ascending natural order, values), only to hand
 * sorted entries to {@code new TreeMap<>(sortedMap)}, which then builds its tree in linear time
 * instead of inserting key by key: a scan part of 20,000 counterparties is built and merged in a
 * fraction of a millisecond instead of several. Views other than the entry set are not supported.
 *
 * @param <V> the value type
 */
public final class SortedArrayMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {

    private final String[] keys;
    private final Object[] values;
    private final int size;

    /**
     * The map of the first {@code size} keys and values.
     *
     * @param keys strictly ascending keys
     * @param values the values, same order
     * @param size how many entries are used
     */
    public SortedArrayMap(String[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
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
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (i >= size) {
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
                return size;
            }
        };
    }

    @Override
    public String firstKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return keys[size - 1];
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        throw new UnsupportedOperationException("a sorted array map has no views");
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        throw new UnsupportedOperationException("a sorted array map has no views");
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        throw new UnsupportedOperationException("a sorted array map has no views");
    }
}
