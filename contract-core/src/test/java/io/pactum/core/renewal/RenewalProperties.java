package io.pactum.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Roll-forward agrees with walking the periods one by one, for any term and as-of date. */
class RenewalProperties {

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.of(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(1),
                Period.ofDays(30), Period.of(1, 6, 0), Period.of(0, 2, 15), Period.ofDays(1));
    }

    @Property
    void asOf_anyDate_matchesWalkingThePeriodsAndPeriodsTouch(
            @ForAll @IntRange(min = 0, max = 20_000) int startDay, @ForAll @IntRange(min = 0, max = 800) int initialDays,
            @ForAll("periods") Period period, @ForAll @IntRange(min = 0, max = 90) int noticeDays,
            @ForAll @IntRange(min = 0, max = 20) int max, @ForAll @IntRange(min = 0, max = 6_000) int asOfDays) {
        LocalDate effective = LocalDate.of(1995, 1, 1).plusDays(startDay);
        Term term = Term.fixed(effective, effective.plusDays(initialDays));
        RenewalTerms renewal = max == 0 ? RenewalTerms.autoRenew(period, Period.ofDays(noticeDays))
                : RenewalTerms.autoRenew(period, Period.ofDays(noticeDays), max);
        LocalDate asOf = effective.plusDays(asOfDays);

        // Walk: the first period whose end is on or after asOf, within the limit.
        int k = 0;
        TermPeriod walked = Renewals.period(term, renewal, 0);
        while (asOf.isAfter(walked.end()) && (max == 0 || k < max)) {
            TermPeriod next = Renewals.period(term, renewal, k + 1);
            assertEquals(walked.end().plusDays(1), next.start(), "periods must touch");
            walked = next;
            k++;
        }
        RenewalPosition p = Renewals.asOf(term, renewal, asOf);
        assertEquals(walked, p.current());
        assertEquals(walked.covers(asOf), p.inForce());
        assertEquals(k, p.renewalsUsed());
        if (p.cancelBy() != null) {
            assertTrue(!p.cancelBy().isAfter(p.current().end()));
        }
    }
}
