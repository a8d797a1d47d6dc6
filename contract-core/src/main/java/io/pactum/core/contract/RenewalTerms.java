package io.pactum.core.contract;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.time.Period;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How a contract continues after its initial term.
 *
 * <ul>
 *   <li>{@link Fixed}: it ends with its term;</li>
 *   <li>{@link AutoRenew}: it renews itself for {@code renewalPeriod} unless a party gives notice
 *       at least {@code noticePeriod} before the current term ends, at most
 *       {@code maxRenewals} times (no limit when absent);</li>
 *   <li>{@link Evergreen}: it runs until a party gives notice, and then ends
 *       {@code noticePeriod} after the notice.</li>
 * </ul>
 *
 * <p>JSON names of the kinds: {@code fixed}, {@code autoRenew}, {@code evergreen}.
 */
public sealed interface RenewalTerms {

    /** The registered JSON name of this kind. */
    String kind();

    /** No renewal. */
    static RenewalTerms fixed() {
        return Fixed.INSTANCE;
    }

    /** Renews itself for {@code renewalPeriod} unless notice is given; no limit on renewals. */
    static RenewalTerms autoRenew(Period renewalPeriod, Period noticePeriod) {
        return new AutoRenew(renewalPeriod, noticePeriod, null);
    }

    /** Renews itself for {@code renewalPeriod} unless notice is given, at most {@code maxRenewals} times. */
    static RenewalTerms autoRenew(Period renewalPeriod, Period noticePeriod, int maxRenewals) {
        return new AutoRenew(renewalPeriod, noticePeriod, maxRenewals);
    }

    /** Runs until notice; ends {@code noticePeriod} after it. */
    static RenewalTerms evergreen(Period noticePeriod) {
        return new Evergreen(noticePeriod);
    }

    /** The contract ends with its term. */
    record Fixed() implements RenewalTerms {
        static final Fixed INSTANCE = new Fixed();

        @Override
        public String kind() {
            return "fixed";
        }
    }

    /**
     * Automatic renewal.
     *
     * @param renewalPeriod the length of each renewal term, positive
     * @param noticePeriod how long before a term ends notice must be given, zero or positive
     * @param maxRenewals the most renewals allowed, at least 1; {@code null} for no limit
     */
    record AutoRenew(Period renewalPeriod, Period noticePeriod, @Nullable Integer maxRenewals)
            implements RenewalTerms {

        /** Checks the periods and the limit. */
        public AutoRenew {
            requirePositive(renewalPeriod, "renewal.renewalPeriod");
            requireNotNegative(noticePeriod, "renewal.noticePeriod");
            if (maxRenewals != null && maxRenewals < 1) {
                throw new PactumException(CoreError.OUT_OF_RANGE, "renewal.maxRenewals",
                        "maxRenewals must be at least 1 when given, got " + maxRenewals);
            }
        }

        /** The most renewals allowed, empty for no limit. */
        public OptionalInt renewalLimit() {
            return maxRenewals == null ? OptionalInt.empty() : OptionalInt.of(maxRenewals);
        }

        @Override
        public String kind() {
            return "autoRenew";
        }
    }

    /**
     * Runs until notice.
     *
     * @param noticePeriod how long after notice the contract ends, zero or positive
     */
    record Evergreen(Period noticePeriod) implements RenewalTerms {

        /** Checks the period. */
        public Evergreen {
            requireNotNegative(noticePeriod, "renewal.noticePeriod");
        }

        @Override
        public String kind() {
            return "evergreen";
        }
    }

    private static void requirePositive(Period period, String path) {
        Objects.requireNonNull(period, path);
        if (period.isNegative() || period.isZero()) {
            throw new PactumException(CoreError.OUT_OF_RANGE, path, path + " must be positive, got " + period);
        }
    }

    private static void requireNotNegative(Period period, String path) {
        Objects.requireNonNull(period, path);
        if (period.isNegative()) {
            throw new PactumException(CoreError.OUT_OF_RANGE, path, path + " must not be negative, got " + period);
        }
    }
}
