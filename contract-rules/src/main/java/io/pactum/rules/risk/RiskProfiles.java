package io.pactum.rules.risk;

import io.pactum.core.contract.ContractTypeId;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The risk profiles of an organisation: one per contract type plus a default for the other
 * types, the portfolio currency (custom rules compare money in it; concentration sums in it),
 * the zone that turns approval SLA instants into dates, and the portfolio-level concentration
 * threshold. Read from JSON with {@link RiskProfileJson}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the portfolio currency
 * @param zone the organisation's zone
 * @param defaultProfile the profile of types without their own
 * @param byType profiles by contract type
 * @param concentration {@link RiskRule#COUNTERPARTY_CONCENTRATION}, or {@code null} when off
 */
public record RiskProfiles(Currency currency, ZoneId zone, RiskProfile defaultProfile,
        Map<ContractTypeId, RiskProfile> byType, @Nullable Concentration concentration) {

    /** Checks the components and copies the map. */
    public RiskProfiles {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(defaultProfile, "defaultProfile");
        byType = Map.copyOf(byType);
    }

    /** The profile for a contract type: its own or the default. */
    public RiskProfile forType(ContractTypeId type) {
        RiskProfile p = byType.get(type);
        return p == null ? defaultProfile : p;
    }

    /**
     * Counterparty concentration: one counterparty holding more than {@code maxSharePercent} of the
     * value of the in-force portfolio raises an alert.
     *
     * @param maxSharePercent the largest share allowed, above 0 and below 100, at most two decimals
     * @param severity the alert's severity
     */
    public record Concentration(BigDecimal maxSharePercent, Severity severity) {
        /** Checks the range. */
        public Concentration {
            Objects.requireNonNull(maxSharePercent, "maxSharePercent");
            Objects.requireNonNull(severity, "severity");
            maxSharePercent = RiskProfile.Percent.check(maxSharePercent, "maxSharePercent", false);
        }
    }
}
