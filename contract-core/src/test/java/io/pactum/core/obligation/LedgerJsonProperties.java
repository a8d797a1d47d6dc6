package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any ledger reached by scheduling and lifecycle changes writes to JSON and reads back equal. */
class LedgerJsonProperties {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final ObligationScheduler SCHEDULER = ObligationScheduler.using(BusinessCalendar.chinaMainland());

    /** One random change: which obligation, which command, an amount in cents, a day offset. */
    record Step(int obligation, int command, long cents, int days) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 7),
                Arbitraries.longs().between(1, 50_000_000), Arbitraries.integers().between(0, 400))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void toJson_anyLedger_readsBackEqual(@ForAll("steps") List<Step> steps, @ForAll boolean accepted,
            @ForAll boolean invoiced, @ForAll("alerts") Set<String> alerts, @ForAll("instants") Instant reminded) {
        ScheduleInput input = Plans.input("1000000.00").withEvent(EventType.SIGNATURE, LocalDate.of(2026, 2, 6));
        if (accepted) {
            input = input.withEvent(EventType.DELIVERY_ACCEPTED, LocalDate.of(2026, 9, 30));
        }
        if (invoiced) {
            input = input.withEvent(EventType.INVOICE_RECEIVED, LocalDate.of(2026, 8, 20));
        }
        List<Obligation> obligations = new ArrayList<>();
        for (ScheduledObligation s : SCHEDULER.schedule(Plans.supplyPlan(), input).obligations()) {
            obligations.add(Obligation.open(s, UserId.of("u-wang"), AT));
        }
        for (Step step : steps) {
            int i = step.obligation() % obligations.size();
            try {
                obligations.set(i, apply(obligations.get(i), step));
            } catch (PactumException refused) {
                // a change the status does not allow leaves the obligation as it was
            }
        }
        ObligationLedger ledger = new ObligationLedger(Plans.CONTRACT, Plans.supplyPlan(), input.eventDates(),
                obligations, reminded, new TreeSet<>(alerts));
        assertEquals(ledger, ObligationLedgers.fromJson(ObligationLedgers.toJson(ledger)));
    }

    @Provide
    Arbitrary<Set<String>> alerts() {
        return Arbitraries.strings().withCharRange(' ', '\u4e2d').ofMinLength(1).ofMaxLength(30).set().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0,
                999_999_999)).as(Instant::ofEpochSecond);
    }

    private static Obligation apply(Obligation o, Step s) {
        Instant at = AT.plusSeconds(s.days() * 86_400L).plusNanos(s.cents() % 1000);
        LocalDate day = LocalDate.of(2026, 3, 1).plusDays(s.days());
        UserId who = UserId.of("u-" + s.command());
        Money amount = o.scheduled().amount();
        switch (s.command()) {
            case 0:
                return o.advance(day, who, at);
            case 1:
                return o.fulfil(who, at, day, amount == null ? null : Money.ofMinor(s.cents(), amount.currency()),
                        List.of("invoice-" + s.cents()), "paid part");
            case 2:
                return o.fulfil(who, at, day, null, List.of("evidence", "note"), "");
            case 3:
                return o.waive(who, at, "goodwill");
            case 4:
                return o.dispute(who, at, "quality", List.of("photo"));
            case 5:
                return o.resolveDispute(who, at, "settled");
            case 6:
                return o.supersede(who, at, "amendment A-1");
            default:
                return o.reschedule(new ScheduledObligation(o.scheduled().key(), o.scheduled().definition(),
                        o.scheduled().occurrence(), amount, day, day, null), who, at, "moved");
        }
    }

    @Property(tries = 50)
    void toJson_obligationOfAnotherPlan_keepsItsOwnDefinition(@ForAll("instants") Instant reminded) {
        ObligationPlan plan = Plans.supplyPlan();
        ObligationPlan smaller = new ObligationPlan(plan.obligations().subList(0, 2));
        List<Obligation> obligations = new ArrayList<>();
        for (ScheduledObligation s : SCHEDULER.schedule(plan, Plans.input("100.00")).obligations()) {
            obligations.add(Obligation.open(s, UserId.of("u-wang"), AT));
        }
        ObligationLedger ledger = new ObligationLedger(Plans.CONTRACT, smaller, Map.of(), obligations, reminded,
                new TreeSet<>());
        assertEquals(ledger, ObligationLedgers.fromJson(ObligationLedgers.toJson(ledger)));
    }
}
