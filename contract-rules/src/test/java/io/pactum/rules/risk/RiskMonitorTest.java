package io.pactum.rules.risk;

import static io.pactum.rules.risk.RiskFixtures.contract;
import static io.pactum.rules.risk.RiskFixtures.engine;
import static io.pactum.rules.risk.RiskFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The incremental monitor: what it re-evaluates, the diffs it reports, and its typed errors. */
class RiskMonitorTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private static List<RiskSnapshot> portfolio() {
        List<RiskSnapshot> out = new ArrayList<>();
        out.add(contract("C-1", "P-1", Money.of(100, "CNY")).obligations(List.of(ObligationSnapshot.payment("PAY-1",
                ObligationKind.PAYMENT_IN, MARCH_31, Money.of(5000, "CNY")))).build());
        for (int i = 2; i <= 10; i++) {
            out.add(contract("C-" + i, "P-" + i, Money.of(100, "CNY")).build());
        }
        return out;
    }

    @Test
    void advanceTo_onlyContractsWhoseNextChangeCame_areReEvaluated() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), MARCH_31);
        assertEquals(10, m.evaluations());
        // nine contracts have no dated rule at all; C-1 changes on 04-01 (first overdue day)
        assertEquals(true, m.advanceTo(LocalDate.of(2026, 3, 31)).isQuiet());
        assertEquals(10, m.evaluations());
        AlertDiff april = m.advanceTo(LocalDate.of(2026, 4, 1));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(april.raised()));
        assertEquals(11, m.evaluations());
        assertEquals(true, m.advanceTo(LocalDate.of(2026, 4, 30)).isQuiet());
        AlertDiff may = m.advanceTo(LocalDate.of(2026, 5, 1));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/31-60"), keys(may.raised()));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(may.resolved()));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/31-60"), keys(m.alertsOf(ContractId.of("C-1"))));
        assertEquals(12, m.evaluations());
    }

    @Test
    void advanceTo_nextChangeOnEpochDayZero_isNotMistakenForNoDay() {
        // 1970-01-01 is epoch day 0: a zero in the monitor's columns must not read as "not filed"
        RiskSnapshot c1 = contract("C-1", "P-1", Money.of(100, "CNY")).obligations(List.of(ObligationSnapshot.payment(
                "PAY-1", ObligationKind.PAYMENT_IN, LocalDate.of(1969, 12, 31), Money.of(5, "CNY")))).build();
        RiskMonitor m = engine("CNY").monitor(List.of(c1), LocalDate.of(1969, 12, 20));
        AlertDiff diff = m.advanceTo(LocalDate.of(1970, 1, 1));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(diff.raised()));
    }

    @Test
    void putThenRevert_manyChangesToOneContract_backToTheFirstAlerts() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), LocalDate.of(2026, 4, 10));
        List<Alert> first = m.alerts();
        RiskSnapshot c1 = portfolio().get(0);
        ObligationSnapshot pay = c1.obligations().get(0);
        for (int i = 1; i <= 40; i++) {
            // paid, unpaid, and new obligations added to the same contract (its slots outgrow and move)
            m.putObligation(ContractId.of("C-1"), pay.fulfilled(LocalDate.of(2026, 4, 10)));
            m.putObligation(ContractId.of("C-1"), ObligationSnapshot.open("REP-" + i, ObligationKind.REPORT,
                    LocalDate.of(2026, 4, 20)));
            m.putObligation(ContractId.of("C-1"), pay);
        }
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(m.alertsOf(ContractId.of("C-1"))));
        AlertDiff back = m.put(c1);
        assertEquals(List.of(), back.raised());
        assertEquals(first, m.alerts());
        assertEquals(m.alerts().size(), m.summary().alerts());
    }

    @Test
    void scanPart_javaSerialization_roundTripsEqual() throws Exception {
        RiskEngine engine = engine("CNY");
        ScanPart part = engine.scanChunk(portfolio(), LocalDate.of(2026, 5, 1), AlertSink.discard());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(part, in.readObject());
        }
    }

    @Test
    void put_paymentRecorded_reportsTheAlertResolved() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), LocalDate.of(2026, 4, 10));
        RiskSnapshot c1 = portfolio().get(0);
        RiskSnapshot paid = c1.withObligations(List.of(c1.obligations().get(0).fulfilled(LocalDate.of(2026, 4, 10))));
        AlertDiff diff = m.put(paid);
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(diff.resolved()));
        assertEquals(List.of(), diff.raised());
        assertEquals(0L, m.summary().alerts());
    }

    @Test
    void putObligation_paymentRecorded_reEvaluatesOnlyThatObligation() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), LocalDate.of(2026, 4, 10));
        long evaluations = m.evaluations();
        ObligationSnapshot paid = portfolio().get(0).obligations().get(0).fulfilled(LocalDate.of(2026, 4, 10));
        AlertDiff diff = m.putObligation(ContractId.of("C-1"), paid);
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(diff.resolved()));
        assertEquals(evaluations + 1, m.evaluations());
        assertEquals(0L, m.summary().alerts());
        // a new obligation is added under its id and watched from then on
        m.putObligation(ContractId.of("C-1"), ObligationSnapshot.open("REP-1", ObligationKind.REPORT,
                LocalDate.of(2026, 4, 1)));
        m.advanceTo(LocalDate.of(2026, 4, 11));
        assertEquals(List.of("obligation-overdue/C-1/obligation:REP-1"), keys(m.alertsOf(ContractId.of("C-1"))));
    }

    @Test
    void putObligation_unknownContract_unknownContract() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), MARCH_31);
        PactumException e = assertThrows(PactumException.class, () -> m.putObligation(ContractId.of("C-99"),
                ObligationSnapshot.open("REP-1", ObligationKind.REPORT, MARCH_31)));
        assertEquals(RiskError.UNKNOWN_CONTRACT, e.errorCode());
        assertEquals("contractId", e.path());
    }

    @Test
    void putObligation_dateBeyondYear9999_badSnapshotAtTheObligation() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), MARCH_31);
        PactumException e = assertThrows(PactumException.class, () -> m.putObligation(ContractId.of("C-1"),
                ObligationSnapshot.open("PAY-1", ObligationKind.REPORT, LocalDate.of(10_000, 1, 1))));
        assertEquals(RiskError.BAD_SNAPSHOT, e.errorCode());
        assertEquals("obligations[0].dueDate", e.path());
    }

    @Test
    void putObligation_amountBeyond2To62_amountOutOfRangeAndNothingChanges() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), MARCH_31);
        List<Alert> before = m.alerts();
        PortfolioSummary summaryBefore = m.summary();
        ObligationSnapshot huge = new ObligationSnapshot("PAY-1", ObligationKind.PAYMENT_IN, MARCH_31, null,
                Money.ofMinor(java.math.BigInteger.ONE.shiftLeft(63), java.util.Currency.getInstance("CNY")));
        PactumException e = assertThrows(PactumException.class, () -> m.putObligation(ContractId.of("C-1"), huge));
        assertEquals(RiskError.AMOUNT_OUT_OF_RANGE, e.errorCode());
        assertEquals("obligations[0].outstanding", e.path());
        assertEquals(before, m.alerts());
        assertEquals(summaryBefore, m.summary());
    }

    @Test
    void putObligations_paymentsRecordedInABatch_diffOfTheChangedObligationsOnly() {
        List<RiskSnapshot> portfolio = new ArrayList<>(portfolio());
        // a second contract with an overdue payment and an overdue report that the batch leaves alone
        portfolio.set(1, contract("C-2", "P-2", Money.of(100, "CNY")).obligations(List.of(
                ObligationSnapshot.payment("PAY-2", ObligationKind.PAYMENT_IN, MARCH_31.minusDays(40),
                        Money.of(800, "CNY")),
                ObligationSnapshot.open("REP-2", ObligationKind.REPORT, MARCH_31.minusDays(60)))).build());
        RiskMonitor m = engine("CNY").monitor(portfolio, LocalDate.of(2026, 4, 10));
        ObligationSnapshot pay1 = portfolio.get(0).obligations().get(0);
        ObligationSnapshot pay2 = portfolio.get(1).obligations().get(0);
        AlertDiff diff = m.putObligations(List.of(
                new ObligationChange(ContractId.of("C-1"), pay1.fulfilled(LocalDate.of(2026, 4, 9))),
                new ObligationChange(ContractId.of("C-2"), new ObligationSnapshot("PAY-2", ObligationKind.PAYMENT_IN,
                        MARCH_31.minusDays(40), null, Money.of(300, "CNY")))));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(diff.resolved()));
        assertEquals(List.of(), diff.raised());
        // PAY-2 is still overdue 31-60 days, now for 300: open, in its new version; REP-2 is not listed
        assertEquals(List.of("payment-overdue/C-2/obligation:PAY-2/31-60"), keys(diff.stillOpen()));
        assertEquals(true, diff.stillOpen().get(0).messageEn().contains("CNY 300.00"), diff.stillOpen().get(0).messageEn());
        assertEquals(List.of("obligation-overdue/C-2/obligation:REP-2", "payment-overdue/C-2/obligation:PAY-2/31-60"),
                keys(m.alertsOf(ContractId.of("C-2"))));
        // the same obligation paid and unpaid again in one batch: nothing changed, so nothing is reported
        AlertDiff again = m.putObligations(List.of(new ObligationChange(ContractId.of("C-2"),
                pay2.fulfilled(LocalDate.of(2026, 4, 9))), new ObligationChange(ContractId.of("C-2"), pay2)));
        assertEquals(List.of(), again.raised());
        assertEquals(List.of(), again.resolved());
        assertEquals(List.of("payment-overdue/C-2/obligation:PAY-2/31-60"), keys(again.stillOpen()));
        assertEquals(true, m.putObligations(List.of()).isQuiet());
    }

    @Test
    void putObligations_unknownContractAfterAGoodChange_unknownContractAtItsPathAndNothingApplied() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), LocalDate.of(2026, 4, 10));
        List<Alert> before = m.alerts();
        PortfolioSummary summaryBefore = m.summary();
        ObligationSnapshot paid = portfolio().get(0).obligations().get(0).fulfilled(LocalDate.of(2026, 4, 9));
        PactumException e = assertThrows(PactumException.class, () -> m.putObligations(List.of(
                new ObligationChange(ContractId.of("C-1"), paid),
                new ObligationChange(ContractId.of("C-99"), paid))));
        assertEquals(RiskError.UNKNOWN_CONTRACT, e.errorCode());
        assertEquals("changes[1].contractId", e.path());
        assertEquals(before, m.alerts());
        assertEquals(summaryBefore, m.summary());
    }

    @Test
    void putObligations_badChanges_typedErrorsAtTheirPathsAndNothingApplied() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), LocalDate.of(2026, 4, 10));
        List<Alert> before = m.alerts();
        ObligationChange paid = new ObligationChange(ContractId.of("C-1"),
                portfolio().get(0).obligations().get(0).fulfilled(LocalDate.of(2026, 4, 9)));
        List<ObligationChange> withNull = new ArrayList<>();
        withNull.add(paid);
        withNull.add(null);
        assertBad(m, withNull, RiskError.BAD_SNAPSHOT, "changes[1]");
        assertBad(m, List.of(paid, new ObligationChange(ContractId.of("C-2"), ObligationSnapshot.open("REP-1",
                ObligationKind.REPORT, LocalDate.of(10_000, 1, 1)))), RiskError.BAD_SNAPSHOT,
                "changes[1].obligation.dueDate");
        assertBad(m, List.of(new ObligationChange(ContractId.of("C-2"), new ObligationSnapshot("REP-1",
                ObligationKind.REPORT, MARCH_31, LocalDate.of(-1, 1, 1), null)), paid), RiskError.BAD_SNAPSHOT,
                "changes[0].obligation.fulfilledOn");
        assertBad(m, List.of(paid, new ObligationChange(ContractId.of("C-1"), new ObligationSnapshot("PAY-1",
                ObligationKind.PAYMENT_IN, MARCH_31, null, Money.ofMinor(java.math.BigInteger.ONE.shiftLeft(63),
                        java.util.Currency.getInstance("CNY"))))), RiskError.AMOUNT_OUT_OF_RANGE,
                "changes[1].obligation.outstanding");
        assertEquals(before, m.alerts());
    }

    private static void assertBad(RiskMonitor m, List<ObligationChange> changes, RiskError error, String path) {
        PactumException e = assertThrows(PactumException.class, () -> m.putObligations(changes));
        assertEquals(error, e.errorCode());
        assertEquals(path, e.path());
    }

    @Test
    void advanceTo_earlierDate_dateBackwards() {
        RiskMonitor m = engine("CNY").monitor(portfolio(), MARCH_31);
        assertEquals(RiskError.DATE_BACKWARDS, assertThrows(PactumException.class,
                () -> m.advanceTo(MARCH_31.minusDays(1))).errorCode());
    }

    @Test
    void monitor_sameContractTwice_duplicateContract() {
        List<RiskSnapshot> twice = new ArrayList<>(portfolio());
        twice.add(portfolio().get(0));
        assertEquals(RiskError.DUPLICATE_CONTRACT, assertThrows(PactumException.class,
                () -> engine("CNY").monitor(twice, MARCH_31)).errorCode());
    }

    @Test
    void alertDiff_bucketMovedOn_oldKeyResolvedNewKeyRaised() {
        RiskEngine engine = engine("CNY");
        RiskSnapshot c1 = portfolio().get(0);
        List<Alert> april = engine.assess(c1, LocalDate.of(2026, 4, 30)).alerts();
        List<Alert> may = engine.assess(c1, LocalDate.of(2026, 5, 1)).alerts();
        AlertDiff diff = AlertDiff.between(april, may);
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/31-60"), keys(diff.raised()));
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/1-30"), keys(diff.resolved()));
        assertEquals(true, AlertDiff.between(may, engine.assess(c1, LocalDate.of(2026, 5, 2)).alerts()).isQuiet());
    }

    @Test
    void merge_partsOfDifferentDates_partsDoNotMatch() {
        RiskEngine engine = engine("CNY");
        assertEquals(RiskError.PARTS_DO_NOT_MATCH, assertThrows(PactumException.class,
                () -> engine.emptyPart(MARCH_31).merge(engine.emptyPart(MARCH_31.plusDays(1)))).errorCode());
    }

    @Test
    void scan_valueInAnotherCurrencyWithoutRate_rateMissingAtValue() {
        RiskEngine engine = engine("CNY");
        RiskSnapshot usd = contract("C-1", "P-1", Money.of(100, "USD")).build();
        PactumException e = assertThrows(PactumException.class,
                () -> engine.scan(java.util.stream.Stream.of(usd), MARCH_31, AlertSink.discard()));
        assertEquals(io.pactum.rules.RuleError.RATE_MISSING, e.errorCode());
        assertEquals("value", e.path());
    }

    @Test
    void scanChunk_threeThousandCounterpartiesTwiceEach_oneTotalPerCounterparty() {
        List<RiskSnapshot> many = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            // contracts i and i + 3000 share counterparty P-i: values i and 1 CNY
            int party = i % 3000;
            many.add(contract("C-" + i, "P-" + party, Money.of(i < 3000 ? i : 1, "CNY")).build());
        }
        ScanPart part = engine("CNY").scanChunk(many, MARCH_31, AlertSink.discard());
        assertEquals(3000, part.exposures().size());
        // P-2999: 2999 + 1 = 3000 CNY = 300000 fen over two contracts
        assertEquals(new Exposure(300_000, 2, "Party P-2999"), part.exposures().get("P-2999"));
        assertEquals(new Exposure(100, 2, "Party P-0"), part.exposures().get("P-0"));
    }
}
