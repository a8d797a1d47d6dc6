package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.RateSource;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Object mother for risk tests: one profile document and a plain active contract. */
final class RiskFixtures {

    static final LocalDate UPDATED = LocalDate.of(2026, 1, 15);

    /** The profile document used throughout the tests and in docs/risk.md; {@code %s} is the currency. */
    static final String PROFILES = """
            {"currency": "%s", "zone": "Asia/Shanghai",
             "attributes": {"tier": "TEXT"},
             "concentration": {"maxSharePercent": 25, "severity": "HIGH"},
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
               "amendmentChurn": {"maxAmendments": 2, "periodDays": 90, "severity": "MEDIUM"},
               "custom": [{"id": "large-sale", "severity": "HIGH",
                 "when": {"and": [{"field": "direction", "op": "eq", "value": "SELL_SIDE"},
                                  {"field": "amount", "op": "gte", "value": "1000000"}]},
                 "message": {"en": "large sell-side contract", "zh-CN": "大额销售合同"}}]
             },
             "types": {"nda": {"expiry": {"days": 7, "severity": "LOW"}}}
            }
            """;

    private RiskFixtures() {
    }

    static RiskProfiles profiles(String currency) {
        return RiskProfileJson.parse(String.format(PROFILES, currency));
    }

    static RiskEngine engine(String currency) {
        return RiskEngine.of(profiles(currency), RateSource.sameCurrencyOnly());
    }

    /** An active purchase contract C-1 worth 100 000 with counterparty P-1, no dates or obligations. */
    static RiskSnapshot.Builder contract(String currency) {
        return contract("C-1", "P-1", Money.of(100_000, currency));
    }

    static RiskSnapshot.Builder contract(String id, String party, Money value) {
        return RiskSnapshot.builder(ContractId.of(id), "HT-" + id, ContractTypeId.of("purchase"),
                DepartmentId.of("procurement"), PartyId.of(party), "Party " + party, value, UPDATED);
    }

    static List<Alert> alerts(RiskEngine engine, RiskSnapshot s, LocalDate asOf, RiskRule rule) {
        return engine.assess(s, asOf).alerts().stream().filter(a -> a.rule() == rule).collect(Collectors.toList());
    }

    static List<String> keys(List<Alert> alerts) {
        return alerts.stream().map(Alert::key).collect(Collectors.toList());
    }
}
