package io.pactum.rules.risk;

import static io.pactum.rules.risk.RiskFixtures.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots keep every value they were given, and reject inconsistent ones with typed errors. */
class RiskSnapshotTest {

    @Test
    void toBuilder_roundTrip_equalSnapshot() {
        RiskSnapshot s = contract("JPY").expiryDate(LocalDate.of(2026, 12, 31))
                .autoRenewal(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 1))
                .budget(Money.of(1000, "JPY"), Money.of(10, "JPY"))
                .approval(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"))
                .signatureSentOn(LocalDate.of(2026, 1, 3)).amendmentDates(List.of(LocalDate.of(2026, 2, 1)))
                .obligations(List.of(ObligationSnapshot.payment("P", ObligationKind.PAYMENT_OUT,
                        LocalDate.of(2026, 5, 1), Money.of(7, "JPY")))).build();
        RiskSnapshot copy = s.toBuilder().build();
        assertEquals(s, copy);
        assertEquals(Money.of(7, "JPY"), copy.obligations().get(0).outstanding());
        assertEquals(Money.of(1000, "JPY"), copy.budgetCeiling());
    }

    @Test
    void build_budgetAndSpendInDifferentCurrencies_snapshotCurrency() {
        PactumException e = assertThrows(PactumException.class,
                () -> contract("CNY").budget(Money.of(1000, "CNY"), Money.of(10, "JPY")).build());
        assertEquals(RiskError.SNAPSHOT_CURRENCY, e.errorCode());
        assertEquals("spent", e.path());
    }

    @Test
    void build_sameObligationIdTwice_badSnapshotAtTheSecond() {
        ObligationSnapshot o = ObligationSnapshot.open("X", ObligationKind.REPORT, LocalDate.of(2026, 1, 1));
        PactumException e = assertThrows(PactumException.class,
                () -> contract("CNY").obligations(List.of(o, o)).build());
        assertEquals(RiskError.BAD_SNAPSHOT, e.errorCode());
        assertEquals("obligations[1].id", e.path());
    }

    @Test
    void build_approvalDueBeforeSubmission_badSnapshot() {
        assertEquals(RiskError.BAD_SNAPSHOT, assertThrows(PactumException.class, () -> contract("CNY")
                .approval(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).build())
                .errorCode());
    }

    @Test
    void obligation_negativeOutstanding_badSnapshot() {
        assertEquals(RiskError.BAD_SNAPSHOT, assertThrows(PactumException.class,
                () -> ObligationSnapshot.payment("P", ObligationKind.PAYMENT_IN, LocalDate.of(2026, 1, 1),
                        Money.of(-1, "CNY"))).errorCode());
    }

    @Test
    void build_dueDateBeyondYear9999_badSnapshotAtThatObligation() {
        ObligationSnapshot far = ObligationSnapshot.open("X", ObligationKind.REPORT, LocalDate.of(10_000, 1, 1));
        PactumException e = assertThrows(PactumException.class,
                () -> contract("CNY").obligations(List.of(far)).build());
        assertEquals(RiskError.BAD_SNAPSHOT, e.errorCode());
        assertEquals("obligations[0].dueDate", e.path());
    }
}
