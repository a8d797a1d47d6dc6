package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money as the ledger prints it, from the exact amount: grouping, the currency's decimals, no locale data. */
final class Amounts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Amounts() {
    }

    /** {@code CNY 1,200,000.00}. */
    static String format(Money m) {
        return m.currency().getCurrencyCode() + " " + plain(m);
    }

    /** {@code 1,200,000.00}. */
    static String plain(Money m) {
        return String.format(Locale.ROOT, "%,." + m.amount().scale() + "f", m.amount());
    }

    /** An axis label: {@code 0}, {@code 750}, {@code 360K}, {@code 1.2M}. */
    static String compact(BigDecimal value) {
        if (value.abs().compareTo(MILLION) >= 0) {
            return value.divide(MILLION, 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "M";
        }
        if (value.abs().compareTo(THOUSAND) >= 0) {
            return value.divide(THOUSAND, 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "K";
        }
        return value.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }
}
