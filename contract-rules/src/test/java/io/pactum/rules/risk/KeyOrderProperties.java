package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link KeyOrder} sorts like a stable comparison sort by {@link String#compareTo}, for any keys:
 * long shared prefixes (as alert keys have), keys that are prefixes of others, equal keys (kept in
 * their order), characters beyond Latin-1 and at both ends of the char range, and lists on both
 * sides of the size below which it hands over to a comparison sort.
 */
class KeyOrderProperties {

    /** A key with its place in the input, to see that equal keys keep their order. */
    private record Item(String key, int place) {
    }

    private static final String[] PREFIXES = {"", "payment-overdue/C-", "payment-overdue/C-1", "delivery-late/C-",
        "obligation-overdue/合同-"};
    private static final char[] CHARS = {'0', '1', '2', '9', '/', '-', 'a', 'b', '\u0000', '\u00ff', '合', '\uffff'};

    @Property(tries = 500)
    void sort_anyKeys_likeStableCompareTo(@ForAll long seed, @ForAll @IntRange(min = 0, max = 600) int size,
            @ForAll @IntRange(min = 1, max = 12) int alphabet, @ForAll @IntRange(min = 0, max = 12) int maxTail) {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder key = new StringBuilder(PREFIXES[r.nextInt(PREFIXES.length)]);
            int tail = r.nextInt(maxTail + 1);
            for (int c = 0; c < tail; c++) {
                key.append(CHARS[r.nextInt(alphabet)]);
            }
            items.add(new Item(key.toString(), i));
        }
        List<Item> expected = new ArrayList<>(items);
        expected.sort(Comparator.comparing(Item::key)); // List.sort is stable
        List<Item> sorted = new ArrayList<>(items);
        KeyOrder.sort(sorted, Item::key);
        assertEquals(expected, sorted);
    }

    /**
     * Keys each a prefix of the next but one ("xy", "xxy", "xxxy", …) peel one or two keys off per
     * level, so the sort goes past its depth limit and finishes by comparison.
     */
    @Property(tries = 50)
    void sort_keysNestingDeeperThanTheLevelLimit_likeStableCompareTo(@ForAll long seed,
            @ForAll @IntRange(min = 130, max = 400) int size) {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(new Item("x".repeat(1 + r.nextInt(size)) + (r.nextBoolean() ? "y" : ""), i));
        }
        List<Item> expected = new ArrayList<>(items);
        expected.sort(Comparator.comparing(Item::key));
        List<Item> sorted = new ArrayList<>(items);
        KeyOrder.sort(sorted, Item::key);
        assertEquals(expected, sorted);
    }
}
