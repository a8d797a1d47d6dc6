package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of the per-contract risk rules for one contract type. A {@code null} threshold
 * turns its rule off for the type. Read from JSON with {@link RiskProfileJson}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param expiry {@link RiskRule#EXPIRY}: days before the expiry date
 * @param cancelBy {@link RiskRule#CANCEL_BY}: days before the cancel-by date
 * @param autoRenewal {@link RiskRule#AUTO_RENEWAL}: days before the renewal date
 * @param obligationOverdue {@link RiskRule#OBLIGATION_OVERDUE}: grace days after the due date
 * @param paymentOverdue {@link RiskRule#PAYMENT_OVERDUE}: severity per aging bucket
 * @param budget {@link RiskRule#BUDGET_THRESHOLD} and {@link RiskRule#BUDGET_EXCEEDED}
 * @param deliveryLate {@link RiskRule#DELIVERY_LATE}: grace days after the due date
 * @param clauseDeviation {@link RiskRule#CLAUSE_DEVIATION}: severity
 * @param mandatoryMissing {@link RiskRule#MANDATORY_MISSING}: severity
 * @param approvalSla {@link RiskRule#APPROVAL_SLA}: grace days after the SLA's last day
 * @param signaturePending {@link RiskRule#SIGNATURE_PENDING}: days after sending
 * @param amendmentChurn {@link RiskRule#AMENDMENT_CHURN}
 * @param customRules {@link RiskRule#CUSTOM}: rules in the condition grammar, ids unique
 */
public record RiskProfile(@Nullable Days expiry, @Nullable Days cancelBy, @Nullable Days autoRenewal,
        @Nullable Days obligationOverdue, @Nullable Aging paymentOverdue, @Nullable Budget budget,
        @Nullable Days deliveryLate, @Nullable Flag clauseDeviation, @Nullable Flag mandatoryMissing,
        @Nullable Days approvalSla, @Nullable Days signaturePending, @Nullable Churn amendmentChurn,
        List<CustomRiskRule> customRules) {

    private static final RiskProfile NONE = new RiskProfile(null, null, null, null, null, null, null, null, null,
            null, null, null, List.of());

    /** Copies the custom rules and checks their ids are unique. */
    public RiskProfile {
        customRules = List.copyOf(customRules);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < customRules.size(); i++) {
            if (!ids.add(customRules.get(i).id())) {
                throw new PactumException(RiskError.DUPLICATE_PROFILE, "custom[" + i + "].id",
                        "custom rule id \"" + customRules.get(i).id() + "\" is used twice");
            }
        }
    }

    /** A profile with every rule off. */
    public static RiskProfile none() {
        return NONE;
    }

    /**
     * A number of days and the severity of the alert.
     *
     * @param days the days, 0 to 3650
     * @param severity the alert's severity
     */
    public record Days(int days, Severity severity) {
        /** Checks the range. */
        public Days {
            Objects.requireNonNull(severity, "severity");
            if (days < 0 || days > 3650) {
                throw new PactumException(RiskError.BAD_THRESHOLD, "days", "days must be 0 to 3650, got " + days);
            }
        }
    }

    /**
     * The severity of an alert without a threshold of its own.
     *
     * @param severity the alert's severity
     */
    public record Flag(Severity severity) {
        /** Checks the component. */
        public Flag {
            Objects.requireNonNull(severity, "severity");
        }
    }

    /**
     * Severities of an overdue payment by aging bucket.
     *
     * @param days1to30 1 to 30 days overdue
     * @param days31to60 31 to 60 days overdue
     * @param days61to90 61 to 90 days overdue
     * @param over90 more than 90 days overdue
     */
    public record Aging(Severity days1to30, Severity days31to60, Severity days61to90, Severity over90) {
        /** Checks the components. */
        public Aging {
            Objects.requireNonNull(days1to30, "days1to30");
            Objects.requireNonNull(days31to60, "days31to60");
            Objects.requireNonNull(days61to90, "days61to90");
            Objects.requireNonNull(over90, "over90");
        }
    }

    /**
     * Budget thresholds.
     *
     * @param reachedPercent the share of the ceiling that raises {@link RiskRule#BUDGET_THRESHOLD},
     *     above 0 and at most 100, at most two decimals (for example {@code 80} or {@code 92.5})
     * @param reached the severity of the threshold alert
     * @param exceeded the severity of the alert once spend is above the ceiling
     */
    public record Budget(BigDecimal reachedPercent, Severity reached, Severity exceeded) {
        /** Checks the range and scale. */
        public Budget {
            Objects.requireNonNull(reachedPercent, "reachedPercent");
            Objects.requireNonNull(reached, "reached");
            Objects.requireNonNull(exceeded, "exceeded");
            reachedPercent = Percent.check(reachedPercent, "reachedPercent", true);
        }
    }

    /**
     * Amendment churn: more than {@code maxAmendments} amendments effective within the last
     * {@code periodDays} days (the evaluation day included).
     *
     * @param maxAmendments the most amendments allowed in the period, 0 to 1000
     * @param periodDays the period, 1 to 3650 days
     * @param severity the alert's severity
     */
    public record Churn(int maxAmendments, int periodDays, Severity severity) {
        /** Checks the ranges. */
        public Churn {
            Objects.requireNonNull(severity, "severity");
            if (maxAmendments < 0 || maxAmendments > 1000) {
                throw new PactumException(RiskError.BAD_THRESHOLD, "maxAmendments",
                        "maxAmendments must be 0 to 1000, got " + maxAmendments);
            }
            if (periodDays < 1 || periodDays > 3650) {
                throw new PactumException(RiskError.BAD_THRESHOLD, "periodDays",
                        "periodDays must be 1 to 3650, got " + periodDays);
            }
        }
    }

    /** Checks percentages. */
    static final class Percent {
        private Percent() {
        }

        static BigDecimal check(BigDecimal p, String path, boolean hundredAllowed) {
            BigDecimal stripped = p.stripTrailingZeros();
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0
                    || (!hundredAllowed && p.compareTo(BigDecimal.valueOf(100)) == 0)) {
                throw new PactumException(RiskError.BAD_THRESHOLD, path, "a share must be above 0 and "
                        + (hundredAllowed ? "at most" : "below") + " 100 percent, got " + p.toPlainString());
            }
            if (stripped.scale() > 2) {
                throw new PactumException(RiskError.BAD_THRESHOLD, path,
                        "a share has at most two decimals, got " + p.toPlainString());
            }
            return p.setScale(2);
        }
    }
}
