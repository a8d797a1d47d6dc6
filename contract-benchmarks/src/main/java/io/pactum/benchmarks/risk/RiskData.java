package io.pactum.benchmarks.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.risk.ObligationKind;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.RiskEngine;
import io.pactum.rules.risk.RiskProfileJson;
import io.pactum.rules.risk.RiskSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic portfolio: contracts with ten obligations each, spread over four
 * years around the scan date, with a realistic few percent of them raising alerts.
 */
final class RiskData {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final int OBLIGATIONS_PER_CONTRACT = 10;
    static final int PARTIES = 20_000;
    static final int DEPARTMENTS = 20;

    static final String PROFILES = """
            {"currency": "CNY", "zone": "Asia/Shanghai",
             "concentration": {"maxSharePercent": 0.01, "severity": "HIGH"},
             "default": {
               "expiry": {"days": 30, "severity": "MEDIUM"},
               "cancelBy": {"days": 14, "severity": "HIGH"},
               "autoRenewal": {"days": 30, "severity": "LOW"},
               "obligationOverdue": {"days": 5, "severity": "MEDIUM"},
               "paymentOverdue": {"days1to30": "LOW", "days31to60": "MEDIUM", "days61to90": "HIGH", "over90": "CRITICAL"},
               "budget": {"reachedPercent": 80, "reached": "MEDIUM", "exceeded": "HIGH"},
               "deliveryLate": {"days": 0, "severity": "HIGH"},
               "clauseDeviation": {"severity": "LOW"},
               "mandatoryMissing": {"severity": "HIGH"},
               "approvalSla": {"days": 0, "severity": "MEDIUM"},
               "signaturePending": {"days": 14, "severity": "LOW"},
               "amendmentChurn": {"maxAmendments": 2, "periodDays": 90, "severity": "MEDIUM"}
             }}
            """;

    private static final String[] OBLIGATION_IDS = new String[OBLIGATIONS_PER_CONTRACT];
    private static final ObligationKind[] KINDS = {ObligationKind.PAYMENT_IN, ObligationKind.PAYMENT_OUT,
        ObligationKind.PAYMENT_IN, ObligationKind.PAYMENT_OUT, ObligationKind.DELIVERY, ObligationKind.DELIVERY,
        ObligationKind.ACCEPTANCE, ObligationKind.ACCEPTANCE, ObligationKind.REPORT, ObligationKind.CUSTOM};

    static {
        for (int i = 0; i < OBLIGATION_IDS.length; i++) {
            OBLIGATION_IDS[i] = "O-" + i;
        }
    }

    private RiskData() {
    }

    static RiskEngine engine() {
        return RiskEngine.of(RiskProfileJson.parse(PROFILES), RateSource.sameCurrencyOnly());
    }

    static RiskSnapshot[] portfolio(int contracts, long seed) {
        Random r = new Random(seed);
        ContractTypeId type = ContractTypeId.of("purchase");
        DepartmentId[] departments = new DepartmentId[DEPARTMENTS];
        for (int i = 0; i < departments.length; i++) {
            departments[i] = DepartmentId.of("D-" + i);
        }
        PartyId[] parties = new PartyId[PARTIES];
        String[] names = new String[PARTIES];
        for (int i = 0; i < parties.length; i++) {
            parties[i] = PartyId.of("P-" + i);
            names[i] = "Party " + i;
        }
        DeviationFacts deviating = new DeviationFacts(Set.of("liability"), Set.of(), Set.of(), false);
        DeviationFacts missing = new DeviationFacts(Set.of(), Set.of(), Set.of("confidentiality"), false);
        RiskSnapshot[] out = new RiskSnapshot[contracts];
        for (int i = 0; i < contracts; i++) {
            int p = r.nextInt(PARTIES);
            RiskSnapshot.Builder b = RiskSnapshot.builder(ContractId.of("C-" + i), "HT-" + i, type,
                    departments[r.nextInt(DEPARTMENTS)], parties[p], names[p],
                    Money.ofMinor(100_000 + r.nextInt(10_000_000), java.util.Currency.getInstance("CNY")),
                    AS_OF.minusDays(r.nextInt(365)));
            int roll = r.nextInt(100);
            ContractStatus status = roll < 85 ? ContractStatus.ACTIVE : roll < 90 ? ContractStatus.IN_APPROVAL
                    : roll < 93 ? ContractStatus.IN_SIGNATURE : roll < 97 ? ContractStatus.DRAFT : ContractStatus.EXPIRED;
            b.status(status);
            LocalDate start = AS_OF.minusDays(r.nextInt(730));
            LocalDate expiry = start.plusDays(365 + r.nextInt(730));
            b.expiryDate(expiry);
            if (r.nextInt(10) < 3) {
                b.autoRenewal(expiry.minusDays(60), expiry.plusDays(1));
            }
            if (r.nextInt(10) < 3) {
                b.budget(Money.of(1_000_000, "CNY"), Money.ofMinor(r.nextInt(84_000_000), java.util.Currency.getInstance("CNY")));
            }
            if (status == ContractStatus.IN_APPROVAL) {
                Instant submitted = AS_OF.minusDays(r.nextInt(20)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                b.approval(submitted, submitted.plusSeconds(5 * 86_400L));
            }
            if (status == ContractStatus.IN_SIGNATURE) {
                b.signatureSentOn(AS_OF.minusDays(r.nextInt(30)));
            }
            int amendments = r.nextInt(4);
            List<LocalDate> dates = new ArrayList<>(amendments);
            for (int a = 0; a < amendments; a++) {
                dates.add(AS_OF.minusDays(r.nextInt(365)));
            }
            b.amendmentDates(dates);
            int dev = r.nextInt(100);
            if (dev < 2) {
                b.deviations(deviating);
            } else if (dev < 3) {
                b.deviations(missing);
            }
            b.obligations(obligations(r, start, i));
            out[i] = b.build();
        }
        return out;
    }

    static List<ObligationSnapshot> obligations(Random r, LocalDate start, int contract) {
        List<ObligationSnapshot> obligations = new ArrayList<>(OBLIGATIONS_PER_CONTRACT);
        Money outstanding = Money.of(1000, "CNY");
        for (int o = 0; o < OBLIGATIONS_PER_CONTRACT; o++) {
            LocalDate due = start.plusDays(30 + 73L * o + r.nextInt(30));
            // 99% of the obligations due before the scan date were fulfilled, mostly on time
            LocalDate fulfilled = due.isBefore(AS_OF) && r.nextInt(100) != 0 ? due.plusDays(r.nextInt(3)) : null;
            ObligationKind kind = KINDS[o];
            obligations.add(new ObligationSnapshot(OBLIGATION_IDS[o], kind, due, fulfilled,
                    kind.isPayment() ? (fulfilled == null ? outstanding : Money.zero("CNY")) : null));
        }
        return obligations;
    }
}
