package io.pactum.rules.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The sorted array map behaves as an unmodifiable {@link TreeMap} with the same entries: lookups,
 * order, views, equality, serialization; every mutator throws.
 */
class SortedArrayMapProperties {

    @Property
    void of_anyMap_behavesAsTreeMap(@ForAll @Size(max = 40) Map<@AlphaChars @StringLength(max = 3) String, Long> entries,
            @ForAll @AlphaChars @StringLength(max = 3) String a, @ForAll @AlphaChars @StringLength(max = 3) String b)
            throws Exception {
        TreeMap<String, Long> tree = new TreeMap<>(entries);
        SortedArrayMap<Long> map = SortedArrayMap.of(entries);
        assertEquals(tree, map);
        assertEquals(map, tree);
        assertEquals(tree.hashCode(), map.hashCode());
        assertEquals(tree.toString(), map.toString());
        assertEquals(tree.get(a), map.get(a));
        assertEquals(tree.containsKey(b), map.containsKey(b));
        String low = a.compareTo(b) <= 0 ? a : b;
        String high = a.compareTo(b) <= 0 ? b : a;
        assertEquals(tree.subMap(low, high), map.subMap(low, high));
        assertEquals(tree.headMap(a), map.headMap(a));
        assertEquals(tree.tailMap(b), map.tailMap(b));
        assertEquals(tree.tailMap(low).headMap(high), map.tailMap(low).headMap(high));
        SortedMap<String, Long> view = map.subMap(low, high);
        assertEquals(tree.subMap(low, high).get(a), view.get(a));
        if (!tree.isEmpty()) {
            assertEquals(tree.firstKey(), map.firstKey());
            assertEquals(tree.lastKey(), map.lastKey());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(tree, in.readObject());
        }
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", 1L));
        if (!tree.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> map.remove(tree.firstKey()));
            assertThrows(UnsupportedOperationException.class, map::clear);
            assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().remove());
            assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove(tree.firstKey()));
        }
    }

    @Property
    void merge_twoMaps_sumsLikeTreeMapMerge(@ForAll @Size(max = 30) Map<@AlphaChars @StringLength(max = 2) String, Long> x,
            @ForAll @Size(max = 30) Map<@AlphaChars @StringLength(max = 2) String, Long> y) {
        TreeMap<String, Long> expected = new TreeMap<>(x);
        y.forEach((k, v) -> expected.merge(k, v, Long::sum));
        assertEquals(expected, SortedArrayMap.merge(SortedArrayMap.of(x), SortedArrayMap.of(y), Long::sum));
        // the same through the general path (one side a TreeMap) and on views
        assertEquals(expected, SortedArrayMap.merge(new TreeMap<>(x), SortedArrayMap.of(y), Long::sum));
        TreeMap<String, Long> tail = new TreeMap<>(x.isEmpty() ? x : new TreeMap<>(x).tailMap("M"));
        y.forEach((k, v) -> tail.merge(k, v, Long::sum));
        assertEquals(tail, SortedArrayMap.merge(SortedArrayMap.of(x).tailMap("M"), SortedArrayMap.of(y), Long::sum));
    }

    @Example
    void of_sortedArrayMap_isNotCopied() {
        SortedArrayMap<Long> map = SortedArrayMap.of(Map.of("b", 2L, "a", 1L));
        assertSame(map, SortedArrayMap.of(map));
    }

    @Example
    void subMap_fromAfterTo_illegalArgumentLikeTreeMap() {
        SortedArrayMap<Long> map = SortedArrayMap.of(Map.of("a", 1L));
        assertThrows(IllegalArgumentException.class, () -> map.subMap("b", "a"));
    }
}
