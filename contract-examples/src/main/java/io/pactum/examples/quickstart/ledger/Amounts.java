package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money as the ledger prints it, from the exact amount: grouping, the currency's decimals, no locale data. */
final class Amounts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Amounts() {
    }

    /** {@code CNY 1,200,000.00}. */
    static String format(Money m) {
        return m.currency().getCurrencyCode() + " " + plain(m);
    }

    /** {@code 100,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1,200,000.00}. */
    static String plain(Money m) {
        return String.format(Locale.ROOT, "%,." + m.amount().scale() + "f", m.amount());
    }

    /** An axis label: {@code 0}, {@code 750}, {@code 6.25K}, {@code 360K}, {@code 1.25M}, {@code 37.5B}. */
    static String compact(BigDecimal value) {
        if (value.abs().compareTo(BILLION) >= 0) {
            return value.divide(BILLION, 2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "B";
        }
        if (value.abs().compareTo(MILLION) >= 0) {
            return value.divide(MILLION, 2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "M";
        }
        if (value.abs().compareTo(THOUSAND) >= 0) {
            return value.divide(THOUSAND, 2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "K";
        }
        return value.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }
}
