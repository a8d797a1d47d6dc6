package io.pactum.rules.risk.internal;

import org.jspecify.annotations.Nullable;

/**
 * Running in-force totals per counterparty for one scan thread: an open-addressing table keyed by
 * the counterparty id string and its precomputed hash, so that the common case (the same String
 * instance as the table's key) costs a few array reads and no pointer chasing. Totals add with
 * overflow checks; the name kept is the smallest seen, so merging is order-independent.
 *
 * <p>Not thread-safe: one per thread.
 */
public final class PartyTable {

    private @Nullable String[] keys = new String[1024];
    private int[] hashes = new int[1024];
    private long[] minor = new long[1024];
    private long[] contracts = new long[1024];
    private @Nullable String[] names = new String[1024];
    private int size;

    /** An empty table. */
    public PartyTable() {
    }

    /**
     * Adds to a counterparty's total.
     *
     * @param key the counterparty id
     * @param hash {@code key.hashCode()}
     * @param value the value to add, in minor units
     * @param name the counterparty's name
     * @param count the number of contracts the value stands for
     * @throws ArithmeticException when the total overflows
     */
    public void add(String key, int hash, long value, String name, long count) {
        int mask = keys.length - 1;
        int i = mix(hash) & mask;
        while (true) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                hashes[i] = hash;
                minor[i] = value;
                contracts[i] = count;
                names[i] = name;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (k == key || (hashes[i] == hash && k.equals(key))) {
                minor[i] = Math.addExact(minor[i], value);
                contracts[i] += count;
                String n = names[i];
                if (n != name && (n == null || name.compareTo(n) < 0)) {
                    names[i] = name;
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void grow() {
        @Nullable String[] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldMinor = minor;
        long[] oldContracts = contracts;
        @Nullable String[] oldNames = names;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        hashes = new int[capacity];
        minor = new long[capacity];
        contracts = new long[capacity];
        names = new String[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            String k = oldKeys[i];
            String n = oldNames[i];
            if (k != null && n != null) {
                add(k, oldHashes[i], oldMinor[i], n, oldContracts[i]);
            }
        }
    }

    /** Adds every total of another table into this one. */
    public void addAll(PartyTable other) {
        other.forEach((key, hash, value, count, name) -> add(key, hash, value, name, count));
    }

    /** Receives one counterparty's total. */
    @FunctionalInterface
    public interface Visitor {
        /** One counterparty's total. */
        void visit(String key, int hash, long minor, long contracts, String name);
    }

    /** Visits every counterparty. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            String n = names[i];
            if (k != null && n != null) {
                visitor.visit(k, hashes[i], minor[i], contracts[i], n);
            }
        }
    }

    /** The number of counterparties. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "PartyTable[" + size + " counterparties]";
    }
}
