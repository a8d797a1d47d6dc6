package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Rescheduling to a new contract value: for any percentage plan, any payments made (whole or part)
 * and any new value, the incoming payments total the new value exactly, settled amounts stay, no
 * open payment falls below what was paid of it; a value below what is settled is refused; and
 * without a value change it is plain rescheduling.
 */
class RescheduleToValueProperties {

    private static final ObligationScheduler SCHEDULER = ObligationScheduler.using(BusinessCalendar.weekendsOnly());
    private static final UserId ACTOR = UserId.of("u-fin");
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    @Provide
    Arbitrary<List<Integer>> percents() {
        // two to six lines of whole percents summing to 100
        return Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(5).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            List<Integer> out = new ArrayList<>();
            int previous = 0;
            for (int c : sorted) {
                out.add(c - previous);
                previous = c;
            }
            out.add(100 - previous);
            return out;
        });
    }

    private static ObligationPlan plan(List<Integer> percents) {
        List<ObligationDefinition> defs = new ArrayList<>();
        for (int i = 0; i < percents.size(); i++) {
            defs.add(new ObligationDefinition("p" + i, ObligationKind.PAYMENT_IN, PaymentStage.PROGRESS, "part " + i,
                    Side.COUNTERPARTY, Plans.FINANCE, new AmountRule.PercentOfContract(BigDecimal.valueOf(percents.get(i))),
                    List.of(), DueRule.onDate(LocalDate.of(2026, 4, 1).plusMonths(i)), BusinessDayConvention.NONE));
        }
        return new ObligationPlan(defs);
    }

    private static ScheduleInput input(Money value) {
        return ScheduleInput.of(ContractId.of("c-1"), value, Term.fixed(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31)), Plans.PM);
    }

    /** Pays each obligation the given percent (0 to 100) of its amount. */
    private static List<Obligation> pay(List<Obligation> obligations, List<Integer> paidPercents) {
        List<Obligation> out = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            int p = paidPercents.get(i % paidPercents.size());
            Money part = o.scheduled().amount().times(BigDecimal.valueOf(p, 2), RoundingMode.DOWN);
            out.add(part.isPositive() ? o.fulfil(ACTOR, AT, LocalDate.of(2026, 3, 1), part, List.of(), "paid") : o);
        }
        return out;
    }

    private static Money total(List<Obligation> obligations, java.util.function.Function<Obligation, Money> f) {
        Money sum = Money.zero(Money.currency("CNY"));
        for (Obligation o : obligations) {
            if (o.status() != ObligationStatus.SUPERSEDED) {
                sum = sum.plus(f.apply(o));
            }
        }
        return sum;
    }

    @Property(tries = 300)
    void anyPaymentsAndNewValue_totalTheNewValueAndKeepWhatIsPaid(@ForAll("percents") List<Integer> percents,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 100) Integer> paid,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long oldCents,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long newCents) {
        Money oldValue = Money.ofMinor(oldCents, Money.currency("CNY"));
        Money newValue = Money.ofMinor(newCents, Money.currency("CNY"));
        ObligationPlan plan = plan(percents);
        List<Obligation> before = pay(SCHEDULER.reschedule(List.of(), plan, input(oldValue), ACTOR, AT, "activated"),
                paid);
        Money settled = total(before, Obligation::fulfilledAmount);
        boolean anyOpen = before.stream().anyMatch(o -> o.status().isOpen());
        if (newValue.isLessThan(settled) || !anyOpen && !newValue.equals(oldValue)) {
            PactumException e = assertThrows(PactumException.class,
                    () -> SCHEDULER.rescheduleToValue(before, plan, input(newValue), ACTOR, AT, "amendment"));
            assertEquals("contractValue", e.path());
            return;
        }
        List<Obligation> after = SCHEDULER.rescheduleToValue(before, plan, input(newValue), ACTOR, AT, "amendment");
        assertEquals(newValue, total(after, o -> o.scheduled().amount()));
        assertEquals(settled, total(after, Obligation::fulfilledAmount), "payments are kept");
        for (Obligation o : after) {
            Obligation was = before.stream().filter(b -> b.scheduled().key().equals(o.scheduled().key())).findFirst()
                    .orElseThrow();
            assertFalse(o.outstanding().orElseThrow().isNegative());
            if (was.status() == ObligationStatus.FULFILLED) {
                assertEquals(was, o, "a settled payment is left as it was");
            }
            assertTrue(!o.status().isOpen() || o.outstanding().orElseThrow().isPositive()
                    || o.fulfilledAmount().isZero(), () -> "open with nothing outstanding: " + o);
        }
    }

    @Property(tries = 200)
    void sameValue_isPlainRescheduling(@ForAll("percents") List<Integer> percents,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 100) Integer> paid,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long cents) {
        Money value = Money.ofMinor(cents, Money.currency("CNY"));
        ObligationPlan plan = plan(percents);
        List<Obligation> before = pay(SCHEDULER.reschedule(List.of(), plan, input(value), ACTOR, AT, "activated"), paid);
        assertEquals(SCHEDULER.reschedule(before, plan, input(value), ACTOR, AT, "again"),
                SCHEDULER.rescheduleToValue(before, plan, input(value), ACTOR, AT, "again"));
    }

    @Property(tries = 200)
    void incomingAndOutgoing_eachDirectionTotalsTheNewValueOnItsOwn(@ForAll("percents") List<Integer> in,
            @ForAll("percents") List<Integer> out,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 100) Integer> paid,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long oldCents,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long newCents) {
        // Incoming payments are paid (whole or part), outgoing ones not at all: what is settled on one
        // side must not move the other side's amounts.
        Money oldValue = Money.ofMinor(oldCents, Money.currency("CNY"));
        Money newValue = Money.ofMinor(newCents, Money.currency("CNY"));
        List<ObligationDefinition> defs = new ArrayList<>(plan(in).obligations());
        for (int i = 0; i < out.size(); i++) {
            defs.add(new ObligationDefinition("q" + i, ObligationKind.PAYMENT_OUT, PaymentStage.PROGRESS, "cost " + i,
                    Side.US, Plans.FINANCE, new AmountRule.PercentOfContract(BigDecimal.valueOf(out.get(i))), List.of(),
                    DueRule.onDate(LocalDate.of(2026, 5, 1).plusMonths(i)), BusinessDayConvention.NONE));
        }
        ObligationPlan plan = new ObligationPlan(defs);
        List<Obligation> scheduled = SCHEDULER.reschedule(List.of(), plan, input(oldValue), ACTOR, AT, "activated");
        List<Obligation> paidIn = pay(kind(scheduled, ObligationKind.PAYMENT_IN), paid);
        List<Obligation> before = new ArrayList<>(paidIn);
        before.addAll(kind(scheduled, ObligationKind.PAYMENT_OUT));
        Money settledIn = total(paidIn, Obligation::fulfilledAmount);
        boolean anyInOpen = paidIn.stream().anyMatch(o -> o.status().isOpen());
        if (newValue.isLessThan(settledIn) || !anyInOpen && !newValue.equals(oldValue)) {
            PactumException e = assertThrows(PactumException.class,
                    () -> SCHEDULER.rescheduleToValue(before, plan, input(newValue), ACTOR, AT, "amendment"));
            assertEquals("contractValue", e.path());
            return;
        }
        List<Obligation> after = SCHEDULER.rescheduleToValue(before, plan, input(newValue), ACTOR, AT, "amendment");
        assertEquals(newValue, total(kind(after, ObligationKind.PAYMENT_IN), o -> o.scheduled().amount()));
        assertEquals(newValue, total(kind(after, ObligationKind.PAYMENT_OUT), o -> o.scheduled().amount()));
        assertEquals(settledIn, total(kind(after, ObligationKind.PAYMENT_IN), Obligation::fulfilledAmount));
    }

    private static List<Obligation> kind(List<Obligation> obligations, ObligationKind kind) {
        return obligations.stream().filter(o -> o.scheduled().definition().kind() == kind).toList();
    }
}
