package io.pactum.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Money#allocate(List)} that hold for every total and every set of weights. */
class AllocationProperties {

    record Case(Money total, List<BigDecimal> weights) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Currency> currency = Arbitraries.of("JPY", "CNY", "BHD").map(Currency::getInstance);
        Arbitrary<Long> minor = Arbitraries.longs().between(0, 1_000_000_000_000L)
;
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("1000000")).ofScale(3);
        Arbitrary<List<BigDecimal>> weights = weight.list().ofMinSize(1).ofMaxSize(360);
        return Combinators.combine(currency, minor, weights)
                .as((c, m, w) -> new Case(Money.ofMinor(m, c), w));
    }

    @Property(tries = 10_000)
    void partsSumExactlyToTotal(@ForAll("cases") Case c) {
        List<Money> parts = c.total().allocate(c.weights());
        assertEquals(c.weights().size(), parts.size());
        assertEquals(c.total(), Money.sum(parts, c.total().currency()));
    }

    @Property(tries = 10_000)
    void eachPartIsNonNegativeAndWithinOneMinorUnitOfItsExactShare(@ForAll("cases") Case c) {
        List<Money> parts = c.total().allocate(c.weights());
        BigDecimal weightSum = c.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = new BigDecimal(c.total().minorUnits());
        for (int i = 0; i < parts.size(); i++) {
            BigInteger part = parts.get(i).minorUnits();
            assertTrue(part.signum() >= 0, "part " + i + " is negative");
            // |part * W - total * w| < W  ⇔  |part - exact share| < 1 minor unit
            BigDecimal diff = new BigDecimal(part).multiply(weightSum).subtract(total.multiply(c.weights().get(i))).abs();
            assertTrue(diff.compareTo(weightSum) < 0, "part " + i + " is a minor unit or more off its share");
        }
    }

    @Property(tries = 1_000)
    void allocationIsDeterministic(@ForAll("cases") Case c) {
        assertEquals(c.total().allocate(c.weights()), c.total().allocate(List.copyOf(c.weights())));
    }

    @Property(tries = 1_000)
    void equalWeightsDifferByAtMostOneMinorUnitAndEarlierPartsAreNotSmaller(@ForAll("cases") Case c) {
        int n = c.weights().size();
        List<Money> parts = c.total().allocateEvenly(n);
        for (int i = 1; i < n; i++) {
            BigInteger prev = parts.get(i - 1).minorUnits();
            BigInteger cur = parts.get(i).minorUnits();
            assertTrue(prev.compareTo(cur) >= 0, "ties must favour the earlier position");
            assertTrue(prev.subtract(cur).compareTo(BigInteger.ONE) <= 0);
        }
    }
}
