package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of lifecycle commands keeps the obligation's invariants. */
class ObligationLifecycleProperties {

    private static final UserId ACTOR = UserId.of("u-1");
    private static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");
    private static final ScheduledObligation PROGRESS = ObligationScheduler.using(BusinessCalendar.chinaMainland())
            .schedule(Plans.supplyPlan(), Plans.input("1000.00")).find("progress#0").orElseThrow(); // 400.00

    @Provide
    Arbitrary<List<Integer>> commands() {
        return Arbitraries.integers().between(0, 7).list().ofMaxSize(25);
    }

    @Property
    void anyCommandSequence_keepsAmountsHistoryAndTerminalStatus(@ForAll("commands") List<Integer> commands,
            @ForAll("amounts") List<Long> cents) {
        Obligation o = Obligation.open(PROGRESS, ACTOR, AT);
        for (int i = 0; i < commands.size(); i++) {
            Obligation before = o;
            try {
                o = apply(o, commands.get(i), cents.isEmpty() ? 1 : cents.get(i % cents.size()));
            } catch (PactumException refused) {
                o = before; // refused: nothing changed
            }
            if (before.status().isTerminal()) {
                assertEquals(before, o, "a terminal obligation changed");
            }
            assertTrue(o.history().size() == before.history().size() || o.history().size() == before.history().size() + 1
                    || o.history().size() == before.history().size() + 2); // advance may record due and overdue
            Money fulfilled = o.fulfilledAmount();
            assertFalse(fulfilled.isNegative() || fulfilled.isGreaterThan(PROGRESS.amount()));
            assertEquals(o.status() == ObligationStatus.FULFILLED, fulfilled.equals(PROGRESS.amount()));
            assertEquals(o.status(), o.history().get(o.history().size() - 1).to());
        }
    }

    @Provide
    Arbitrary<List<Long>> amounts() {
        return Arbitraries.longs().between(-5, 45_000).list().ofMaxSize(5);
    }

    private static Obligation apply(Obligation o, int command, long cents) {
        LocalDate day = LocalDate.of(2026, 5, 1).plusDays(command * 3L);
        switch (command) {
            case 0:
                return o.advance(day, ACTOR, AT);
            case 1:
                return o.fulfil(ACTOR, AT, day, Money.ofMinor(cents, Money.currency("CNY")), List.of("slip"), "part");
            case 2:
                return o.fulfil(ACTOR, AT, day, null, List.of("slip"), "rest");
            case 3:
                return o.dispute(ACTOR, AT, "damaged", List.of());
            case 4:
                return o.resolveDispute(ACTOR, AT, "settled");
            case 5:
                return o.waive(ACTOR, AT, "goodwill");
            case 6:
                return o.supersede(ACTOR, AT, "amendment");
            default:
                return o.reschedule(PROGRESS, ACTOR, AT, "moved");
        }
    }
}
