package io.pactum.spi.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache for values that are costly to build from a stored document
 * (a compiled approval router, a template composer). Keyed by the document's text, so a changed
 * document is simply another key and nothing is ever stale. Thread-safe by a lock: the values
 * cached are built rarely and read often.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> map;

    /** A cache of at most {@code capacity} entries. */
    public BoundedCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, built by {@code build} on a miss (outside no lock: builds may run twice). */
    public V get(K key, Function<K, V> build) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V built = build.apply(key);
        synchronized (map) {
            map.put(key, built);
        }
        return built;
    }
}
