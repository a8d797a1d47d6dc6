package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Payment plans sum exactly to the contract value for any split into percentages. */
class PaymentPlanProperties {

    private static final PaymentStage[] STAGES = PaymentStage.values();

    /** Percentages with two decimals summing to exactly 100: cut points in [0, 10000] hundredths. */
    @Provide
    Arbitrary<List<BigDecimal>> splits() {
        return Arbitraries.integers().between(1, 9_999).set().ofMinSize(0).ofMaxSize(40).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            List<BigDecimal> result = new ArrayList<>();
            int previous = 0;
            for (int c : sorted) {
                result.add(BigDecimal.valueOf(c - previous, 2));
                previous = c;
            }
            result.add(BigDecimal.valueOf(10_000 - previous, 2));
            return result;
        });
    }

    @Provide
    Arbitrary<Money> values() {
        return Arbitraries.of("CNY", "JPY", "BHD").flatMap(code -> Arbitraries.longs().between(0, 10_000_000_000L)
                .map(minor -> Money.ofMinor(minor, Currency.getInstance(code))));
    }

    @Property
    void schedule_anySplitSummingTo100_amountsSumExactlyToContractValue(@ForAll("splits") List<BigDecimal> split,
            @ForAll("values") Money value, @ForAll boolean recurringLast) {
        List<ObligationDefinition> defs = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            DueRule due = DueRule.onDate(LocalDate.of(2026, 1, 1).plusDays(i));
            if (recurringLast && i == split.size() - 1) {
                due = DueRule.recurring(due, Recurrence.times(Frequency.MONTHLY, 1, 7));
            }
            defs.add(new ObligationDefinition("p" + i, ObligationKind.PAYMENT_IN, STAGES[i % STAGES.length], "part " + i,
                    Side.COUNTERPARTY, Plans.FINANCE, new AmountRule.PercentOfContract(split.get(i)), List.of(), due,
                    BusinessDayConvention.NONE));
        }
        ScheduleInput input = ScheduleInput.of(ContractId.of("C-1"), value,
                Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Plans.PM);
        Schedule s = ObligationScheduler.using(BusinessCalendar.weekendsOnly()).schedule(new ObligationPlan(defs), input);
        assertEquals(value, s.total(ObligationKind.PAYMENT_IN, value.currency()));
    }
}
