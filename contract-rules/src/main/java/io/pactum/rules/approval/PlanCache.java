package io.pactum.rules.approval;

import org.jspecify.annotations.Nullable;

/**
 * Plans by the set of applying rules, for policies of at most 64 rules: an open-addressing table
 * of {@code long} keys, read without locks and replaced whole on the rare write, so the hot path
 * allocates nothing. Bounded: past {@value #LIMIT} sets, plans are built and not kept.
 */
final class PlanCache {

    static final int LIMIT = 4096;

    private static final class Table {
        final long[] keys;
        final @Nullable RoutePlan[] plans;
        final int size;

        Table(int capacity, int size) {
            this.keys = new long[capacity];
            this.plans = new RoutePlan[capacity];
            this.size = size;
        }
    }

    private volatile Table table = new Table(64, 0);

    @Nullable RoutePlan get(long key) {
        Table t = table;
        int mask = t.keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            RoutePlan p = t.plans[i];
            if (p == null) {
                return null;
            }
            if (t.keys[i] == key) {
                return p;
            }
            i = (i + 1) & mask;
        }
    }

    synchronized void put(long key, RoutePlan plan) {
        Table t = table;
        if (t.size >= LIMIT || get(key) != null) {
            return;
        }
        int capacity = t.keys.length;
        while ((t.size + 1) * 2 > capacity) {
            capacity *= 2;
        }
        Table n = new Table(capacity, t.size + 1);
        for (int i = 0; i < t.keys.length; i++) {
            RoutePlan p = t.plans[i];
            if (p != null) {
                insert(n, t.keys[i], p);
            }
        }
        insert(n, key, plan);
        table = n;
    }

    private static void insert(Table t, long key, RoutePlan plan) {
        int mask = t.keys.length - 1;
        int i = mix(key) & mask;
        while (t.plans[i] != null) {
            i = (i + 1) & mask;
        }
        t.keys[i] = key;
        t.plans[i] = plan;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
