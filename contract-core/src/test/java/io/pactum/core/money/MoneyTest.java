package io.pactum.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MoneyTest {

    private static List<BigDecimal> weights(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void of_normalisesToMinorUnitScale_perCurrency() {
        assertEquals("JPY 1200", Money.of("1200", "JPY").toString());
        assertEquals("CNY 1200.00", Money.of("1200", "CNY").toString());
        assertEquals("BHD 1.500", Money.of("1.5", "BHD").toString());
    }

    @Test
    void equals_comparesByValue_whateverTheWrittenScale() {
        assertEquals(Money.of("2.0", "CNY"), Money.of("2.00", "CNY"));
        assertEquals(Money.of("2.0", "CNY").hashCode(), Money.of("2", "CNY").hashCode());
        assertNotEquals(Money.of("2", "CNY"), Money.of("2", "USD"));
    }

    @Test
    void of_tooManyDecimals_isTypedError() {
        var e = assertThrows(PactumException.class, () -> Money.of("1.5", "JPY"));
        assertEquals(CoreError.AMOUNT_SCALE, e.errorCode());
        var e2 = assertThrows(PactumException.class, () -> Money.of("1.001", "CNY"));
        assertEquals(CoreError.AMOUNT_SCALE, e2.errorCode());
    }

    @Test
    void of_unknownOrNonMoneyCurrency_isTypedError() {
        assertEquals(CoreError.UNSUPPORTED_CURRENCY,
                assertThrows(PactumException.class, () -> Money.of("1", "ZZZ")).errorCode());
        // Gold has no minor unit: it is not money for a contract.
        assertEquals(CoreError.UNSUPPORTED_CURRENCY,
                assertThrows(PactumException.class, () -> Money.of("1", "XAU")).errorCode());
    }

    @Test
    void of_malformedText_isTypedError() {
        for (String bad : new String[] {"", "1,000.00", "1e3", "abc", "--1", " 1"}) {
            var e = assertThrows(PactumException.class, () -> Money.of(bad, "CNY"), bad);
            assertEquals(CoreError.MALFORMED_AMOUNT, e.errorCode(), bad);
        }
    }

    @Test
    void plusMinus_mixedCurrencies_throwCurrencyMismatch() {
        var e = assertThrows(CurrencyMismatchException.class,
                () -> Money.of("1", "CNY").plus(Money.of("1", "USD")));
        assertEquals(CoreError.CURRENCY_MISMATCH, e.errorCode());
        assertEquals("CNY", e.expected().getCurrencyCode());
        assertEquals("USD", e.actual().getCurrencyCode());
        assertThrows(CurrencyMismatchException.class, () -> Money.of("1", "CNY").compareTo(Money.of("1", "JPY")));
    }

    @Test
    void times_roundsOnlyAsTold() {
        Money price = Money.of("10.05", "CNY");
        assertEquals(Money.of("0.50", "CNY"), price.times(new BigDecimal("0.05"), RoundingMode.HALF_EVEN));
        assertEquals(Money.of("0.51", "CNY"), price.times(new BigDecimal("0.05"), RoundingMode.UP));
        assertThrows(ArithmeticException.class, () -> price.times(new BigDecimal("0.05"), RoundingMode.UNNECESSARY));
        assertEquals(Money.of("50", "JPY"), Money.of("1000", "JPY").percent(new BigDecimal("5"), RoundingMode.HALF_UP));
    }

    @Test
    void percentOf_givesShareOfWhole() {
        assertEquals(new BigDecimal("79.99"),
                Money.of("7999", "CNY").percentOf(Money.of("10000", "CNY"), 2, RoundingMode.DOWN));
    }

    @Test
    void allocate_threeWays_remainderByLargestRemainderThenPosition() {
        // 100.00 / 3: exact shares 33.333…; one cent left over goes to the first position (tie).
        assertEquals(List.of(Money.of("33.34", "CNY"), Money.of("33.33", "CNY"), Money.of("33.33", "CNY")),
                Money.of("100", "CNY").allocateEvenly(3));
        // 10 JPY by 1:1:1:1 → 3,3,2,2
        assertEquals(List.of(Money.of("3", "JPY"), Money.of("3", "JPY"), Money.of("2", "JPY"), Money.of("2", "JPY")),
                Money.of("10", "JPY").allocateEvenly(4));
        // 0.05 CNY by 70:30 → exact 0.035 / 0.015: remainders equal (0.5 minor unit each), first wins.
        assertEquals(List.of(Money.of("0.04", "CNY"), Money.of("0.01", "CNY")),
                Money.of("0.05", "CNY").allocate(weights("70", "30")));
        // 1.000 BHD by 1:2 → exact 0.3333, 0.6666…: 0.333 + 0.667 (larger remainder second).
        assertEquals(List.of(Money.of("0.333", "BHD"), Money.of("0.667", "BHD")),
                Money.of("1", "BHD").allocate(weights("1", "2")));
    }

    @Test
    void allocateByPercent_paymentMilestones_sumExactly() {
        // 30% down payment, 60% on acceptance, 10% retention money, on 1,234,567.89 CNY.
        List<Money> parts = Money.of("1234567.89", "CNY").allocateByPercent(weights("30", "60", "10"));
        assertEquals(List.of(Money.of("370370.37", "CNY"), Money.of("740740.73", "CNY"), Money.of("123456.79", "CNY")),
                parts);
    }

    @Test
    void allocateByPercent_notHundred_isTypedError() {
        var e = assertThrows(PactumException.class,
                () -> Money.of("100", "CNY").allocateByPercent(weights("30", "60")));
        assertEquals(CoreError.PERCENTAGES_NOT_100, e.errorCode());
    }

    @Test
    void allocate_badWeights_areTypedErrors() {
        Money m = Money.of("100", "CNY");
        assertEquals(CoreError.INVALID_ALLOCATION,
                assertThrows(PactumException.class, () -> m.allocate(List.of())).errorCode());
        assertEquals(CoreError.INVALID_ALLOCATION,
                assertThrows(PactumException.class, () -> m.allocate(weights("0", "0"))).errorCode());
        var negative = assertThrows(PactumException.class, () -> m.allocate(weights("1", "-1")));
        assertEquals("[1]", negative.path());
        assertEquals(CoreError.INVALID_ALLOCATION,
                assertThrows(PactumException.class, () -> m.allocateEvenly(0)).errorCode());
    }

    @Test
    @Timeout(60) // a safety net: before the fix the first of these did not finish
    void ofTimesAllocate_valuesWithHugeExponents_areTypedErrorsInsteadOfBillionDigitNumbers() {
        // new BigDecimal("1E+999999999") is a 12-character value; at two decimals it has a billion digits.
        var huge = assertThrows(PactumException.class, () -> Money.of(new BigDecimal("1E+999999999"), "CNY"));
        assertEquals(CoreError.OUT_OF_RANGE, huge.errorCode());
        var tiny = assertThrows(PactumException.class, () -> Money.of(new BigDecimal("1E-999999999"), "CNY"));
        assertEquals(CoreError.OUT_OF_RANGE, tiny.errorCode());
        Money m = Money.of("100", "CNY");
        var rate = assertThrows(PactumException.class,
                () -> m.times(new BigDecimal("1E+999999999"), RoundingMode.HALF_EVEN));
        assertEquals(CoreError.OUT_OF_RANGE, rate.errorCode());
        assertEquals("rate", rate.path());
        var weight = assertThrows(PactumException.class, () -> m.allocate(weights("1", "1E-999999999")));
        assertEquals(CoreError.INVALID_ALLOCATION, weight.errorCode());
        assertEquals("[1]", weight.path());
    }

    @Test
    void of_thousandDigitAmount_isStillExact() {
        // 10^999 has 1000 digits before the point, the most allowed; scaled to 2 decimals for CNY.
        Money m = Money.of(BigDecimal.TEN.pow(999), "CNY");
        assertEquals(BigDecimal.TEN.pow(999).setScale(2), m.amount());
    }

    @Test
    void allocate_negativeTotal_givesNoPositivePart() {
        List<Money> parts = Money.of("-100", "CNY").allocateEvenly(3);
        assertEquals(List.of(Money.of("-33.34", "CNY"), Money.of("-33.33", "CNY"), Money.of("-33.33", "CNY")), parts);
    }

    @Test
    void parse_roundTripsToString() {
        Money m = Money.of("1234.5", "BHD");
        assertEquals(m, Money.parse(m.toString()));
        assertEquals(CoreError.MALFORMED_AMOUNT,
                assertThrows(PactumException.class, () -> Money.parse("1234.5 BHD")).errorCode());
    }

    @Test
    void predicates_readTheSign() {
        assertTrue(Money.zero("CNY").isZero());
        assertTrue(Money.of("-1", "CNY").isNegative());
        assertTrue(Money.of("1", "CNY").isPositive());
        assertFalse(Money.of("1", "CNY").isLessThan(Money.of("1.00", "CNY")));
        assertEquals(Money.of("12", "CNY"), Money.sum(List.of(Money.of("5", "CNY"), Money.of("7", "CNY")),
                Money.currency("CNY")));
    }
}
