package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.money.Money;
import io.pactum.rules.condition.FactUsed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example alert of docs/risk.md, field by field: the document copies what this test asserts. */
class RiskDocsExampleTest {

    @Test
    void assess_paymentThirtyOneDaysOverdue_theDocumentedAlert() {
        RiskEngine engine = RiskFixtures.engine("CNY");
        RiskSnapshot contract = RiskFixtures.contract("CNY")
                .obligations(List.of(ObligationSnapshot.payment("PAY-1", ObligationKind.PAYMENT_IN,
                        LocalDate.of(2026, 3, 31), Money.of("5000.00", "CNY"))))
                .build();

        ContractAssessment assessment = engine.assess(contract, LocalDate.of(2026, 5, 1));

        AlertSubject subject = new AlertSubject(AlertSubject.Kind.OBLIGATION, "PAY-1");
        Alert expected = new Alert("payment-overdue/C-1/obligation:PAY-1/31-60", "payment-overdue",
                RiskRule.PAYMENT_OVERDUE, Severity.MEDIUM, 15, ContractId.of("C-1"), "HT-C-1",
                DepartmentId.of("procurement"), PartyId.of("P-1"), subject, LocalDate.of(2026, 5, 1),
                List.of(new FactUsed("dueDate", "2026-03-31", "overdue 31-60 days"),
                        new FactUsed("outstanding", "CNY 5000.00", "outstanding > 0")),
                "Payment PAY-1 of CNY 5000.00 under HT-C-1 due on 2026-03-31 is overdue 31-60 days.",
                "合同HT-C-1的应收款项PAY-1（CNY 5000.00）应于2026-03-31支付，已逾期31-60天。");
        assertEquals(List.of(expected), assessment.alerts());
        assertEquals(new ContractRiskScore(ContractId.of("C-1"), 15, Severity.MEDIUM, 1), assessment.score());
        // the next change: 2026-03-31 + 61 days = 2026-05-31, when the 61-90 bucket starts
        assertEquals(LocalDate.of(2026, 5, 31), assessment.nextChange());
        assertEquals(expected.messageZh(), assessment.alerts().get(0).message(Locale.SIMPLIFIED_CHINESE));
    }
}
