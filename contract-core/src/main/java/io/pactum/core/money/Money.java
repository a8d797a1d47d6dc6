package io.pactum.core.money;

import static io.pactum.core.internal.Checks.abbreviate;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency, held at that currency's minor-unit scale
 * (JPY 0 decimals, CNY 2, BHD 3).
 *
 * <p>Construction normalises the scale, so {@code Money.of("2.0", "CNY")} equals
 * {@code Money.of("2.00", "CNY")}; an amount with more decimals than the currency allows is
 * rejected ({@link CoreError#AMOUNT_SCALE}) rather than rounded behind the caller's back. Rounding
 * happens only where the caller names a {@link RoundingMode} ({@link #times}). Combining
 * currencies throws {@link CurrencyMismatchException}. There is no {@code double} anywhere.
 *
 * <p>{@link #allocate(List)} splits an amount by weights with the largest-remainder method: the
 * parts always sum to the total exactly.
 *
 * <p>Instances are immutable and thread-safe; {@code null} is never accepted nor returned.
 *
 * @param amount the amount, at the currency's minor-unit scale
 * @param currency the ISO 4217 currency, one with a defined minor unit
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the currency and normalises the amount to the currency's minor-unit scale.
     *
     * @throws PactumException {@link CoreError#AMOUNT_SCALE} if the amount has more decimals than
     *     the currency allows, {@link CoreError#UNSUPPORTED_CURRENCY} for a currency without minor unit
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = minorUnitScale(currency);
        requireWritableInFull(amount, CoreError.OUT_OF_RANGE, "", "amount");
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new PactumException(CoreError.AMOUNT_SCALE, "",
                    amount.toPlainString() + " has more than " + scale + " decimal places for "
                            + currency.getCurrencyCode(), e);
        }
    }

    /**
     * An amount from a decimal text and a currency code, for example {@code of("1200000.00", "CNY")}.
     *
     * @throws PactumException {@link CoreError#MALFORMED_AMOUNT}, {@link CoreError#AMOUNT_SCALE}
     *     or {@link CoreError#UNSUPPORTED_CURRENCY}
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /** An amount in a currency. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount in a currency given by its ISO 4217 code. */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /** A whole number of major units, for example {@code of(1_000_000, "CNY")}. */
    public static Money of(long majorUnits, String currencyCode) {
        return new Money(BigDecimal.valueOf(majorUnits), currency(currencyCode));
    }

    /** An amount from a count of minor units, for example {@code ofMinor(12345, "CNY")} is 123.45. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorUnitScale(currency)), currency);
    }

    /** An amount from a count of minor units. */
    public static Money ofMinor(BigInteger minorUnits, Currency currency) {
        return new Money(new BigDecimal(minorUnits, minorUnitScale(currency)), currency);
    }

    /** Zero in a currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Zero in a currency given by its ISO 4217 code. */
    public static Money zero(String currencyCode) {
        return zero(currency(currencyCode));
    }

    /**
     * Parses the form {@link #toString()} writes: {@code "CNY 1200.00"}.
     *
     * @throws PactumException {@link CoreError#MALFORMED_AMOUNT} if the text is not of that form
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.indexOf(' ');
        if (space != 3 || text.length() < 5) {
            throw new PactumException(CoreError.MALFORMED_AMOUNT, "",
                    "expected \"CUR amount\" such as \"CNY 1200.00\", got \"" + abbreviate(text) + "\"");
        }
        return of(text.substring(4), text.substring(0, 3));
    }

    /**
     * The ISO 4217 currency for a code.
     *
     * @throws PactumException {@link CoreError#UNSUPPORTED_CURRENCY} for an unknown code or one
     *     without a minor unit
     */
    public static Currency currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new PactumException(CoreError.UNSUPPORTED_CURRENCY, "",
                    "\"" + abbreviate(currencyCode) + "\" is not an ISO 4217 currency code", e);
        }
        minorUnitScale(currency);
        return currency;
    }

    /** The number of decimals of a currency's minor unit, for example 2 for CNY. */
    public static int minorUnitScale(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new PactumException(CoreError.UNSUPPORTED_CURRENCY, "",
                    currency.getCurrencyCode() + " has no minor unit (not a money currency)");
        }
        return digits;
    }

    /** The sum of this and {@code other}. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This minus {@code other}. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount with the opposite sign. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** The absolute value of this amount. */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * This amount multiplied by a rate, rounded to the minor unit with the given mode.
     *
     * @param rate the factor, for example {@code 0.05} for 5%
     * @param rounding how to round to the minor unit; {@link RoundingMode#UNNECESSARY} makes an
     *     inexact result an {@link ArithmeticException}
     */
    public Money times(BigDecimal rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        requireWritableInFull(rate, CoreError.OUT_OF_RANGE, "rate", "rate");
        return new Money(amount.multiply(rate).setScale(amount.scale(), rounding), currency);
    }

    /** This amount multiplied by a whole number; always exact. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * A percentage of this amount, rounded to the minor unit with the given mode, for example
     * {@code percent(new BigDecimal("5"), HALF_EVEN)} is 5%.
     */
    public Money percent(BigDecimal percentage, RoundingMode rounding) {
        Objects.requireNonNull(percentage, "percentage");
        return times(percentage.divide(HUNDRED), rounding);
    }

    /**
     * The share of this amount in {@code whole} as a percentage with {@code scale} decimals,
     * for example 80.00 when this is 80 and whole is 100.
     *
     * @throws ArithmeticException if {@code whole} is zero
     */
    public BigDecimal percentOf(Money whole, int scale, RoundingMode rounding) {
        requireSameCurrency(whole);
        return amount.multiply(HUNDRED).divide(whole.amount, scale, rounding);
    }

    /** The amount as a count of minor units, for example 123.45 CNY is 12345. */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether the amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether this is greater than {@code other} (same currency required). */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Whether this is less than {@code other} (same currency required). */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares by value within one currency.
     *
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Splits this amount in proportion to the weights with the largest-remainder method.
     *
     * <p>Each part first gets the floor of its exact share in minor units; the minor units left over
     * go one each to the parts with the largest remainders, ties going to the earlier position.
     * So the parts always sum to this amount exactly, each part is within one minor unit of its
     * exact share, and the result is deterministic. A negative amount is split as its absolute
     * value and the parts negated, so no part has the opposite sign of the total.
     *
     * @param weights one non-negative weight per part, not all zero, at most 100,000 parts
     * @return one part per weight, in order
     * @throws PactumException {@link CoreError#INVALID_ALLOCATION} for empty, negative or all-zero weights
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty() || weights.size() > 100_000) {
            throw new PactumException(CoreError.INVALID_ALLOCATION, "",
                    "expected 1 to 100000 weights, got " + weights.size());
        }
        int maxScale = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = weights.get(i);
            if (w == null) {
                throw new PactumException(CoreError.INVALID_ALLOCATION, "[" + i + "]", "weight is missing");
            }
            if (w.signum() < 0) {
                throw new PactumException(CoreError.INVALID_ALLOCATION, "[" + i + "]",
                        "weight " + w.toPlainString() + " is negative");
            }
            requireWritableInFull(w, CoreError.INVALID_ALLOCATION, "[" + i + "]", "weight");
            maxScale = Math.max(maxScale, Math.max(0, w.stripTrailingZeros().scale()));
        }
        List<BigInteger> intWeights = new ArrayList<>(weights.size());
        BigInteger weightSum = BigInteger.ZERO;
        for (BigDecimal w : weights) {
            BigInteger iw = w.movePointRight(maxScale).toBigIntegerExact();
            intWeights.add(iw);
            weightSum = weightSum.add(iw);
        }
        if (weightSum.signum() == 0) {
            throw new PactumException(CoreError.INVALID_ALLOCATION, "", "weights are all zero");
        }
        return split(intWeights, weightSum);
    }

    /**
     * Splits this amount by percentages that sum to exactly 100, with the same guarantees as
     * {@link #allocate(List)}.
     *
     * @throws PactumException {@link CoreError#PERCENTAGES_NOT_100} if they do not sum to 100
     */
    public List<Money> allocateByPercent(List<BigDecimal> percentages) {
        Objects.requireNonNull(percentages, "percentages");
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : percentages) {
            sum = sum.add(Objects.requireNonNull(p, "percentage"));
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new PactumException(CoreError.PERCENTAGES_NOT_100, "",
                    "percentages sum to " + sum.toPlainString() + ", not 100");
        }
        return allocate(percentages);
    }

    /** Splits this amount into {@code parts} equal shares, the remainder to the first parts. */
    public List<Money> allocateEvenly(int parts) {
        if (parts < 1) {
            throw new PactumException(CoreError.INVALID_ALLOCATION, "", "parts must be at least 1, got " + parts);
        }
        return allocate(Collections.nCopies(parts, BigDecimal.ONE));
    }

    /**
     * The sum of amounts, all in {@code currency}.
     *
     * @throws CurrencyMismatchException if any amount is in another currency
     */
    public static Money sum(Iterable<Money> amounts, Currency currency) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /** {@code "CNY 1200.00"}: the currency code, a space and the plain amount. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private List<Money> split(List<BigInteger> weights, BigInteger weightSum) {
        BigInteger total = minorUnits().abs();
        int n = weights.size();
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = total.multiply(weights.get(i)).divideAndRemainder(weightSum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            allocated = allocated.add(qr[0]);
        }
        // Fewer than n minor units remain (each floor lost less than one), so this is an int.
        int leftOver = total.subtract(allocated).intValueExact();
        if (leftOver > 0) {
            List<Integer> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            // Largest remainder first; the stable sort keeps earlier positions first on ties.
            order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
            for (int k = 0; k < leftOver; k++) {
                int i = order.get(k);
                parts[i] = parts[i].add(BigInteger.ONE);
            }
        }
        boolean negative = isNegative();
        List<Money> result = new ArrayList<>(n);
        for (BigInteger part : parts) {
            result.add(ofMinor(negative ? part.negate() : part, currency));
        }
        return List.copyOf(result);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static BigDecimal parseAmount(String text) {
        Objects.requireNonNull(text, "amount");
        if (text.isEmpty() || text.length() > 64) {
            throw new PactumException(CoreError.MALFORMED_AMOUNT, "",
                    "amount must be 1 to 64 characters, got " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || (i == 0 && (c == '-' || c == '+'));
            if (!ok) {
                throw new PactumException(CoreError.MALFORMED_AMOUNT, "",
                        "\"" + abbreviate(text) + "\" is not a plain decimal number");
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new PactumException(CoreError.MALFORMED_AMOUNT, "",
                    "\"" + abbreviate(text) + "\" is not a plain decimal number", e);
        }
    }

    /** The most digits a value may have before or after its decimal point when written out in full. */
    private static final int MAX_PLAIN_DIGITS = 1000;

    /**
     * Refuses a value whose plain form is longer than {@link #MAX_PLAIN_DIGITS} digits on either
     * side of the point. Scaling such a value to minor units ({@code 1E+999999999} is a valid,
     * 12-character BigDecimal) would build a billion-digit number: minutes of CPU, then an
     * {@link ArithmeticException} or an {@link OutOfMemoryError} instead of a typed error.
     */
    private static void requireWritableInFull(BigDecimal value, CoreError code, String path, String what) {
        if (value.signum() != 0 && (value.precision() - value.scale() > MAX_PLAIN_DIGITS
                || value.scale() > MAX_PLAIN_DIGITS)) {
            throw new PactumException(code, path, what + " has more than " + MAX_PLAIN_DIGITS
                    + " digits before or after the decimal point when written out");
        }
    }
}
