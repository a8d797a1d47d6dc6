package io.pactum.rules.approval;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Plans by the set of applying rules, for policies of at most 64 rules: an open-addressing table
 * of {@code long} keys. Reads take no lock and allocate nothing; writes take a lock, publish the
 * key before the plan (release/acquire through the plan slot), and double the table when half
 * full. Bounded: past {@value #LIMIT} sets, plans are built and not kept.
 */
final class PlanCache {

    static final int LIMIT = 1 << 16;

    private static final class Table {
        final long[] keys;
        final AtomicReferenceArray<RoutePlan> plans;
        final int mask;

        Table(int capacity) {
            this.keys = new long[capacity];
            this.plans = new AtomicReferenceArray<>(capacity);
            this.mask = capacity - 1;
        }
    }

    private volatile Table table = new Table(256);
    private int size;

    @Nullable RoutePlan get(long key) {
        Table t = table;
        int i = mix(key) & t.mask;
        while (true) {
            RoutePlan p = t.plans.getAcquire(i);
            if (p == null) {
                return null;
            }
            if (t.keys[i] == key) {
                return p;
            }
            i = (i + 1) & t.mask;
        }
    }

    synchronized void put(long key, RoutePlan plan) {
        if (size >= LIMIT || get(key) != null) {
            return;
        }
        Table t = table;
        if ((size + 1) * 2 > t.keys.length) {
            Table bigger = new Table(t.keys.length * 2);
            for (int i = 0; i < t.keys.length; i++) {
                RoutePlan p = t.plans.get(i);
                if (p != null) {
                    insert(bigger, t.keys[i], p);
                }
            }
            insert(bigger, key, plan);
            table = bigger;
        } else {
            insert(t, key, plan);
        }
        size++;
    }

    private static void insert(Table t, long key, RoutePlan plan) {
        int i = mix(key) & t.mask;
        while (t.plans.get(i) != null) {
            i = (i + 1) & t.mask;
        }
        t.keys[i] = key;
        t.plans.setRelease(i, plan);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
