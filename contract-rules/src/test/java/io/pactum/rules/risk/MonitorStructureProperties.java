package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The monitor's own structures against plain models: the day-bucket due calendar against a
 * {@code TreeMap} of days to row sets, the id → row table against a {@code HashMap}, under random
 * sequences of operations (with days far apart, rows moved many times, ids whose hashes collide).
 */
class MonitorStructureProperties {

    @Property
    void dueCalendar_randomMoves_sameAsTreeMapModel(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int rows, @ForAll @IntRange(min = 1, max = 400) int steps,
            @ForAll boolean sweepOften) {
        Random r = new Random(seed);
        int base = r.nextInt(40_000) - 20_000;
        DueCalendar calendar = new DueCalendar(base);
        int floor = sweepOften ? 0 : 4096;
        calendar.sweepFloor(floor); // 0: a sweep as soon as the entries are more than twice the row array
        TreeMap<Integer, Set<Integer>> model = new TreeMap<>();
        Map<Integer, Integer> dayOf = new HashMap<>();
        int today = base;
        for (int step = 0; step < steps; step++) {
            int action = r.nextInt(10);
            if (action < 7) {
                int row = r.nextInt(rows);
                // mostly near days, sometimes far ones (the bucket array grows), sometimes none
                int day = r.nextInt(8) == 0 ? DueCalendar.NONE
                        : today + 1 + (r.nextInt(6) == 0 ? r.nextInt(5_000) : r.nextInt(10));
                Integer old = dayOf.remove(row);
                if (old != null) {
                    model.get(old).remove(row);
                    if (model.get(old).isEmpty()) {
                        model.remove(old);
                    }
                }
                if (day != DueCalendar.NONE) {
                    dayOf.put(row, day);
                    model.computeIfAbsent(day, d -> new HashSet<>()).add(row);
                }
                calendar.schedule(row, day);
            } else {
                today += r.nextInt(r.nextBoolean() ? 3 : 3_000);
                // the calendar hands out the earliest due day first, all its rows, then the next
                for (int[] taken = calendar.takeFirstDue(today); taken.length > 0;
                        taken = calendar.takeFirstDue(today)) {
                    Map.Entry<Integer, Set<Integer>> first = model.pollFirstEntry();
                    assertTrue(first != null && first.getKey() <= today, "nothing was due, got rows");
                    Set<Integer> got = new HashSet<>();
                    for (int row : taken) {
                        assertTrue(got.add(row), "row " + row + " taken twice");
                        dayOf.remove(row);
                    }
                    assertEquals(first.getValue(), got, "rows of day " + first.getKey());
                }
                assertTrue(model.isEmpty() || model.firstKey() > today, "a due day was left behind");
            }
            for (int row = 0; row < rows; row++) {
                assertEquals(dayOf.getOrDefault(row, DueCalendar.NONE), calendar.dayOf(row), "day of row " + row);
            }
            // every filed row has an entry, and the entries left by moves stay bounded
            assertTrue(calendar.entries() >= dayOf.size(), "entries " + calendar.entries() + " < filed rows");
            assertTrue(calendar.entries() <= 2L * calendar.rowSlots() + floor, "entries " + calendar.entries());
        }
    }

    @Property
    void contractRows_randomAddsAndRemoves_sameAsHashMapModel(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int steps) {
        Random r = new Random(seed);
        // "Aa" and "BB" hash alike, so ids built from them collide in the table
        String[] parts = {"Aa", "BB", "C", "AaAa", "BBBB", "AaBB", "BBAa"};
        ContractRows table = new ContractRows();
        Map<ContractId, Integer> model = new HashMap<>();
        for (int step = 0; step < steps; step++) {
            ContractId id = ContractId.of(parts[r.nextInt(parts.length)] + "-" + r.nextInt(30));
            if (r.nextInt(3) == 0) {
                Integer row = model.remove(id);
                assertEquals(row == null ? -1 : row, table.remove(id), "remove " + id.value());
            } else if (!model.containsKey(id)) {
                int row = table.add(id);
                assertTrue(!model.containsValue(row), "row " + row + " handed out twice");
                model.put(id, row);
            }
            assertEquals(model.size(), table.size());
            for (Map.Entry<ContractId, Integer> e : model.entrySet()) {
                // a fresh, equal id object finds the same row
                assertEquals(e.getValue(), table.row(ContractId.of(e.getKey().value())), e.getKey().value());
                assertEquals(e.getKey(), table.id(e.getValue()));
            }
        }
        List<ContractId> absent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            absent.add(ContractId.of("absent-" + i));
        }
        for (ContractId id : absent) {
            assertEquals(-1, table.row(id));
        }
    }
}
