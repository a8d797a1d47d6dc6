package io.pactum.rules.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact comparisons of products of non-negative longs, without allocation. Stateless. */
public final class ExactMath {

    private ExactMath() {
    }

    /**
     * Compares {@code a × b} with {@code c × d} exactly, for non-negative arguments: the full
     * 128-bit products are compared, so no overflow can flip the answer.
     *
     * @return negative, zero or positive as {@code a × b} is less than, equal to or greater than {@code c × d}
     */
    public static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * A share in percent with two decimals, rounded half-even, for messages: {@code part / whole × 100}.
     *
     * @param part the part in minor units
     * @param whole the whole in minor units, positive
     */
    public static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    /** A share in percent with two decimals, rounded half-even: {@code part / whole × 100}. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_EVEN);
    }
}
