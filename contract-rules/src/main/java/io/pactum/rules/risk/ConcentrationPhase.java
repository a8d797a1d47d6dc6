package io.pactum.rules.risk;

import io.pactum.core.contract.PartyId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.condition.FactUsed;
import io.pactum.rules.risk.internal.ExactMath;
import io.pactum.rules.risk.internal.SortedArrayMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The portfolio phase: counterparty concentration from merged per-counterparty totals. Stateless. */
final class ConcentrationPhase {

    private ConcentrationPhase() {
    }

    /** The concentration alerts, ordered by counterparty id. */
    static List<Alert> alerts(RiskProfiles profiles, Map<String, Exposure> exposures, LocalDate asOf) {
        RiskProfiles.Concentration c = profiles.concentration();
        if (c == null || exposures.isEmpty()) {
            return List.of();
        }
        // already sorted by counterparty id when it comes from a scan part: not copied
        SortedArrayMap<Exposure> sorted = SortedArrayMap.of(exposures);
        int n = sorted.size();
        long total = 0;
        for (int i = 0; i < n; i++) {
            try {
                total = Math.addExact(total, sorted.valueAt(i).minor());
            } catch (ArithmeticException ex) {
                throw new PactumException(RiskError.TOTAL_OVERFLOW, "exposure",
                        "the portfolio total exceeds 2^63 minor units");
            }
        }
        if (total == 0) {
            return List.of();
        }
        long basisPoints = c.maxSharePercent().movePointRight(2).longValueExact();
        List<Alert> out = new ArrayList<>();
        Money whole = Money.ofMinor(total, profiles.currency());
        for (int i = 0; i < n; i++) {
            Exposure x = sorted.valueAt(i);
            // share > max  <=>  minor * 10000 > total * basisPoints, exactly
            if (ExactMath.compareProducts(x.minor(), 10_000L, total, basisPoints) <= 0) {
                continue;
            }
            String party = sorted.keyAt(i);
            String share = ExactMath.percent(x.minor(), total).toPlainString();
            Money part = Money.ofMinor(x.minor(), profiles.currency());
            AlertSubject subject = new AlertSubject(AlertSubject.Kind.COUNTERPARTY, party);
            String id = RiskRule.COUNTERPARTY_CONCENTRATION.id();
            out.add(new Alert(Alert.key(id, null, subject, null), id, RiskRule.COUNTERPARTY_CONCENTRATION,
                    c.severity(), c.severity().points(), null, null, null, PartyId.of(party), subject, asOf,
                    List.of(new FactUsed("exposure", part.toString(),
                            "share > " + c.maxSharePercent().toPlainString() + "% of the in-force portfolio"),
                            new FactUsed("portfolio", whole.toString(), "share " + share + "%")),
                    x.name() + " holds " + share + "% of the in-force portfolio (" + part + " of " + whole
                            + ", " + x.contracts() + " contracts); the limit is "
                            + c.maxSharePercent().toPlainString() + "%.",
                    "相对方" + x.name() + "占生效合同总额的" + share + "%（" + part + "/" + whole + "，" + x.contracts()
                            + "份合同），上限为" + c.maxSharePercent().toPlainString() + "%。"));
        }
        return out;
    }
}
