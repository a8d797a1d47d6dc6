package io.pactum.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.obligation.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reminders of a window are the union of those of any split of it: no loss, no duplicates. */
class ReminderWindowProperties {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 400L * 24 * 3600;

    @Provide
    Arbitrary<List<ReminderSubject>> subjects() {
        return Arbitraries.integers().between(0, 420).list().ofMaxSize(30).map(days -> {
            List<ReminderSubject> result = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                result.add(new ReminderSubject("C-" + i + "/o#0", LocalDate.of(2025, 12, 20).plusDays(days.get(i)),
                        Owner.role("finance"), i % 5 != 0));
            }
            return result;
        });
    }

    @Provide
    Arbitrary<Set<Long>> cuts() {
        return Arbitraries.longs().between(1, SPAN_SECONDS - 1).set().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Shanghai", "UTC");
    }

    @Property
    void remindersIn_anySplit_unionEqualsWholeWithNoDuplicates(@ForAll("subjects") List<ReminderSubject> subjects,
            @ForAll("cuts") Set<Long> cuts, @ForAll("zones") String zone) {
        ReminderPolicy policy = ReminderPolicy.standard(ZoneId.of(zone));
        Instant to = FROM.plusSeconds(SPAN_SECONDS);
        List<Reminder> whole = ReminderPlanner.remindersIn(policy, subjects, FROM, to);
        List<Instant> bounds = new ArrayList<>();
        bounds.add(FROM);
        for (long c : new TreeSet<>(cuts)) {
            bounds.add(FROM.plusSeconds(c));
        }
        bounds.add(to);
        List<Reminder> union = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            union.addAll(ReminderPlanner.remindersIn(policy, subjects, bounds.get(i), bounds.get(i + 1)));
        }
        assertEquals(whole, union); // same reminders in the same order: sub-windows are ordered too
        Set<String> keys = new HashSet<>();
        union.forEach(r -> keys.add(r.idempotencyKey()));
        assertEquals(union.size(), keys.size());
    }
}
