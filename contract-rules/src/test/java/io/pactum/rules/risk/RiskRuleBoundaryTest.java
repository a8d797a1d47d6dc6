package io.pactum.rules.risk;

import static io.pactum.rules.risk.RiskFixtures.alerts;
import static io.pactum.rules.risk.RiskFixtures.contract;
import static io.pactum.rules.risk.RiskFixtures.engine;
import static io.pactum.rules.risk.RiskFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule at its boundaries: the day before, on and after its threshold, in CNY and JPY. */
class RiskRuleBoundaryTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void expiry_thirtyDaysBeforeExpiry_alertsFromThatDayToTheExpiryDate(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).expiryDate(d("2026-12-31")).build();
        // 2026-12-31 − 30 days = 2026-12-01
        assertEquals(List.of(), alerts(engine, s, d("2026-11-30"), RiskRule.EXPIRY));
        List<Alert> on = alerts(engine, s, d("2026-12-01"), RiskRule.EXPIRY);
        assertEquals(List.of("expiry/C-1/contract:C-1/2026-12-31"), keys(on));
        assertEquals(Severity.MEDIUM, on.get(0).severity());
        assertEquals(d("2026-12-01"), on.get(0).relevantFrom());
        assertEquals(on, alerts(engine, s, d("2026-12-02"), RiskRule.EXPIRY));
        assertEquals(on, alerts(engine, s, d("2026-12-31"), RiskRule.EXPIRY));
        assertEquals(List.of(), alerts(engine, s, d("2027-01-01"), RiskRule.EXPIRY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void expiry_ndaTypeProfile_usesItsOwnSevenDays(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = RiskSnapshot.builder(io.pactum.core.contract.ContractId.of("N-1"), "NDA-1",
                ContractTypeId.of("nda"), DepartmentId.of("legal"), PartyId.of("P-9"), "Beta",
                Money.of(0, ccy), RiskFixtures.UPDATED).expiryDate(d("2026-12-31")).build();
        // 2026-12-31 − 7 days = 2026-12-24; the nda profile has nothing else, so no payment rule either
        assertEquals(List.of(), alerts(engine, s, d("2026-12-23"), RiskRule.EXPIRY));
        assertEquals(Severity.LOW, alerts(engine, s, d("2026-12-24"), RiskRule.EXPIRY).get(0).severity());
        assertEquals(1, alerts(engine, s, d("2026-12-25"), RiskRule.EXPIRY).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void cancelBy_fourteenDaysBefore_alertsUntilTheCancelByDate(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).autoRenewal(d("2026-06-30"), d("2026-08-01")).build();
        // 2026-06-30 − 14 days = 2026-06-16
        assertEquals(List.of(), alerts(engine, s, d("2026-06-15"), RiskRule.CANCEL_BY));
        assertEquals(List.of("cancel-by/C-1/contract:C-1/2026-06-30"),
                keys(alerts(engine, s, d("2026-06-16"), RiskRule.CANCEL_BY)));
        assertEquals(Severity.HIGH, alerts(engine, s, d("2026-06-17"), RiskRule.CANCEL_BY).get(0).severity());
        assertEquals(List.of(), alerts(engine, s, d("2026-07-01"), RiskRule.CANCEL_BY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void autoRenewal_thirtyDaysBefore_alertsUntilTheRenewalDate(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).autoRenewal(d("2026-06-30"), d("2026-08-01")).build();
        // 2026-08-01 − 30 days = 2026-07-02
        assertEquals(List.of(), alerts(engine, s, d("2026-07-01"), RiskRule.AUTO_RENEWAL));
        assertEquals(List.of("auto-renewal/C-1/contract:C-1/2026-08-01"),
                keys(alerts(engine, s, d("2026-07-02"), RiskRule.AUTO_RENEWAL)));
        assertEquals(1, alerts(engine, s, d("2026-07-03"), RiskRule.AUTO_RENEWAL).size());
        assertEquals(1, alerts(engine, s, d("2026-08-01"), RiskRule.AUTO_RENEWAL).size());
        assertEquals(List.of(), alerts(engine, s, d("2026-08-02"), RiskRule.AUTO_RENEWAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void obligationOverdue_fiveGraceDays_alertsFromTheSixthDayUntilFulfilled(String ccy) {
        RiskEngine engine = engine(ccy);
        ObligationSnapshot report = ObligationSnapshot.open("R-1", ObligationKind.REPORT, d("2026-03-10"));
        RiskSnapshot s = contract(ccy).obligations(List.of(report)).build();
        // due 2026-03-10 + 5 grace days: first overdue day is 2026-03-16
        assertEquals(List.of(), alerts(engine, s, d("2026-03-15"), RiskRule.OBLIGATION_OVERDUE));
        List<Alert> on = alerts(engine, s, d("2026-03-16"), RiskRule.OBLIGATION_OVERDUE);
        assertEquals(List.of("obligation-overdue/C-1/obligation:R-1"), keys(on));
        assertEquals(d("2026-03-16"), on.get(0).relevantFrom());
        assertEquals(on, alerts(engine, s, d("2026-03-17"), RiskRule.OBLIGATION_OVERDUE));
        RiskSnapshot done = s.withObligations(List.of(report.fulfilled(d("2026-03-17"))));
        assertEquals(1, alerts(engine, done, d("2026-03-16"), RiskRule.OBLIGATION_OVERDUE).size(),
                "fulfilled after the evaluation date still counts as open then");
        assertEquals(List.of(), alerts(engine, done, d("2026-03-17"), RiskRule.OBLIGATION_OVERDUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void paymentOverdue_agingBuckets_changeKeyAndSeverityAtDays1_31_61_91(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).obligations(List.of(ObligationSnapshot.payment("PAY-1",
                ObligationKind.PAYMENT_IN, d("2026-03-31"), Money.of(5000, ccy)))).build();
        // due 2026-03-31: +1 = 04-01, +30 = 04-30, +31 = 05-01, +60 = 05-30, +61 = 05-31, +90 = 06-29, +91 = 06-30
        assertEquals(List.of(), alerts(engine, s, d("2026-03-31"), RiskRule.PAYMENT_OVERDUE));
        assertBucket(engine, s, "2026-04-01", "1-30", Severity.LOW, "2026-04-01");
        assertBucket(engine, s, "2026-04-30", "1-30", Severity.LOW, "2026-04-01");
        assertBucket(engine, s, "2026-05-01", "31-60", Severity.MEDIUM, "2026-05-01");
        assertBucket(engine, s, "2026-05-30", "31-60", Severity.MEDIUM, "2026-05-01");
        assertBucket(engine, s, "2026-05-31", "61-90", Severity.HIGH, "2026-05-31");
        assertBucket(engine, s, "2026-06-29", "61-90", Severity.HIGH, "2026-05-31");
        assertBucket(engine, s, "2026-06-30", "90+", Severity.CRITICAL, "2026-06-30");
        assertBucket(engine, s, "2027-06-30", "90+", Severity.CRITICAL, "2026-06-30");
    }

    private static void assertBucket(RiskEngine engine, RiskSnapshot s, String asOf, String bucket, Severity severity,
            String relevant) {
        List<Alert> a = alerts(engine, s, d(asOf), RiskRule.PAYMENT_OVERDUE);
        assertEquals(List.of("payment-overdue/C-1/obligation:PAY-1/" + bucket), keys(a), asOf);
        assertEquals(severity, a.get(0).severity(), asOf);
        assertEquals(severity.points(), a.get(0).score(), asOf);
        assertEquals(d(relevant), a.get(0).relevantFrom(), asOf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void paymentOverdue_paidInFullOrZeroOutstanding_noAlert(String ccy) {
        RiskEngine engine = engine(ccy);
        ObligationSnapshot pay = ObligationSnapshot.payment("PAY-1", ObligationKind.PAYMENT_OUT, d("2026-03-31"),
                Money.of(5000, ccy));
        RiskSnapshot paid = contract(ccy).obligations(List.of(pay.fulfilled(d("2026-04-10")))).build();
        assertEquals(1, alerts(engine, paid, d("2026-04-09"), RiskRule.PAYMENT_OVERDUE).size());
        assertEquals(List.of(), alerts(engine, paid, d("2026-04-10"), RiskRule.PAYMENT_OVERDUE));
        RiskSnapshot zero = contract(ccy).obligations(List.of(new ObligationSnapshot("PAY-1",
                ObligationKind.PAYMENT_OUT, d("2026-03-31"), null, Money.zero(ccy)))).build();
        assertEquals(List.of(), alerts(engine, zero, d("2026-05-01"), RiskRule.PAYMENT_OVERDUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void budget_at7999_80_100_10001_basisPointsOfTheCeiling_noneThresholdThresholdExceeded(String ccy) {
        RiskEngine engine = engine(ccy);
        Money ceiling = Money.of(1_000_000, ccy);
        // 799 900 / 1 000 000 = 79.99%; 800 000 = 80%; 1 000 000 = 100%; 1 000 100 = 100.01%
        assertEquals(List.of(), budgetAlerts(engine, ccy, ceiling, Money.of(799_900, ccy)));
        List<Alert> at80 = budgetAlerts(engine, ccy, ceiling, Money.of(800_000, ccy));
        assertEquals(List.of("budget-threshold/C-1/contract:C-1"), keys(at80));
        assertEquals(Severity.MEDIUM, at80.get(0).severity());
        assertEquals(List.of("budget-threshold/C-1/contract:C-1"),
                keys(budgetAlerts(engine, ccy, ceiling, Money.of(1_000_000, ccy))));
        List<Alert> over = budgetAlerts(engine, ccy, ceiling, Money.of(1_000_100, ccy));
        assertEquals(List.of("budget-exceeded/C-1/contract:C-1"), keys(over));
        assertEquals(Severity.HIGH, over.get(0).severity());
        assertTrue(over.get(0).facts().get(1).test().equals("share 100.01%"), over.get(0).facts().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY"})
    void budget_justBelowEightyPercentByOneFen_noAlert(String ccy) {
        RiskEngine engine = engine(ccy);
        // 799 999.99 / 1 000 000.00 = 79.999999%: below 80% although it rounds to 80.00 for display
        assertEquals(List.of(), budgetAlerts(engine, ccy, Money.of(1_000_000, ccy), Money.of("799999.99", ccy)));
    }

    private static List<Alert> budgetAlerts(RiskEngine engine, String ccy, Money ceiling, Money spent) {
        RiskSnapshot s = contract(ccy).budget(ceiling, spent).build();
        List<Alert> out = new ArrayList<>(alerts(engine, s, d("2026-05-01"), RiskRule.BUDGET_THRESHOLD));
        out.addAll(alerts(engine, s, d("2026-05-01"), RiskRule.BUDGET_EXCEEDED));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void deliveryLate_noGrace_alertsFromTheDayAfterDue(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).obligations(List.of(ObligationSnapshot.open("D-1", ObligationKind.DELIVERY,
                d("2026-05-10")))).build();
        assertEquals(List.of(), alerts(engine, s, d("2026-05-10"), RiskRule.DELIVERY_LATE));
        assertEquals(List.of("delivery-late/C-1/obligation:D-1"),
                keys(alerts(engine, s, d("2026-05-11"), RiskRule.DELIVERY_LATE)));
        assertEquals(1, alerts(engine, s, d("2026-05-12"), RiskRule.DELIVERY_LATE).size());
        RiskSnapshot expired = s.toBuilder().status(ContractStatus.EXPIRED).build();
        assertEquals(List.of(), alerts(engine, expired, d("2026-05-12"), RiskRule.DELIVERY_LATE),
                "deliveries are watched only while the contract is in force");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void clauseDeviation_fallbackAndEditedCategories_oneAlertPerCategory(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).status(ContractStatus.DRAFT).deviations(new DeviationFacts(
                Set.of("liability"), Set.of("liability", "payment"), Set.of(), false)).build();
        List<Alert> a = alerts(engine, s, d("2026-05-01"), RiskRule.CLAUSE_DEVIATION);
        assertEquals(List.of("clause-deviation/C-1/clause:liability", "clause-deviation/C-1/clause:payment"), keys(a));
        assertEquals(2, a.get(0).facts().size());
        assertEquals("The liability clause of HT-C-1 uses a fallback position and was edited.", a.get(0).messageEn());
        assertEquals(RiskFixtures.UPDATED, a.get(0).relevantFrom());
        RiskSnapshot archived = s.toBuilder().status(ContractStatus.ARCHIVED).build();
        assertEquals(List.of(), alerts(engine, archived, d("2026-05-01"), RiskRule.CLAUSE_DEVIATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void mandatoryMissing_missingCategory_highAlertAboutThatClause(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).deviations(new DeviationFacts(Set.of(), Set.of(),
                Set.of("confidentiality"), false)).build();
        List<Alert> a = alerts(engine, s, d("2026-05-01"), RiskRule.MANDATORY_MISSING);
        assertEquals(List.of("mandatory-missing/C-1/clause:confidentiality"), keys(a));
        assertEquals(Severity.HIGH, a.get(0).severity());
        assertEquals("合同HT-C-1缺少必备的confidentiality条款。", a.get(0).messageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void approvalSla_dueInstantInShanghai_alertsFromTheNextLocalDay(String ccy) {
        RiskEngine engine = engine(ccy);
        // 2026-03-05T09:00Z is 17:00 in Shanghai on 03-05: overdue from 03-06
        RiskSnapshot s = contract(ccy).status(ContractStatus.IN_APPROVAL)
                .approval(Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-05T09:00:00Z")).build();
        assertEquals(List.of(), alerts(engine, s, d("2026-03-05"), RiskRule.APPROVAL_SLA));
        assertEquals(List.of("approval-sla/C-1/contract:C-1/2026-03-02T01:00:00Z"),
                keys(alerts(engine, s, d("2026-03-06"), RiskRule.APPROVAL_SLA)));
        assertEquals(1, alerts(engine, s, d("2026-03-07"), RiskRule.APPROVAL_SLA).size());
        // 2026-03-05T17:00Z is already 01:00 on 03-06 in Shanghai: overdue only from 03-07
        RiskSnapshot late = contract(ccy).status(ContractStatus.IN_APPROVAL)
                .approval(Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-05T17:00:00Z")).build();
        assertEquals(List.of(), alerts(engine, late, d("2026-03-06"), RiskRule.APPROVAL_SLA));
        assertEquals(1, alerts(engine, late, d("2026-03-07"), RiskRule.APPROVAL_SLA).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void signaturePending_fourteenDays_alertsFromDayFourteen(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).status(ContractStatus.IN_SIGNATURE).signatureSentOn(d("2026-04-01")).build();
        // 2026-04-01 + 14 days = 2026-04-15
        assertEquals(List.of(), alerts(engine, s, d("2026-04-14"), RiskRule.SIGNATURE_PENDING));
        assertEquals(List.of("signature-pending/C-1/contract:C-1/2026-04-01"),
                keys(alerts(engine, s, d("2026-04-15"), RiskRule.SIGNATURE_PENDING)));
        assertEquals(1, alerts(engine, s, d("2026-04-16"), RiskRule.SIGNATURE_PENDING).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void amendmentChurn_threeAmendmentsWithinNinetyDays_alertsWhileAllThreeAreInTheWindow(String ccy) {
        RiskEngine engine = engine(ccy);
        RiskSnapshot s = contract(ccy).amendmentDates(List.of(d("2026-03-10"), d("2026-01-10"), d("2026-02-10")))
                .build();
        // the window is (asOf − 90 days, asOf]; the third amendment enters on 03-10
        assertEquals(List.of(), alerts(engine, s, d("2026-03-09"), RiskRule.AMENDMENT_CHURN));
        List<Alert> on = alerts(engine, s, d("2026-03-10"), RiskRule.AMENDMENT_CHURN);
        assertEquals(List.of("amendment-churn/C-1/contract:C-1"), keys(on));
        assertEquals(d("2026-03-10"), on.get(0).relevantFrom());
        // 2026-04-09 − 90 days = 2026-01-09 < 01-10: still three; on 04-10 the window starts after 01-10
        assertEquals(on, alerts(engine, s, d("2026-04-09"), RiskRule.AMENDMENT_CHURN));
        assertEquals(List.of(), alerts(engine, s, d("2026-04-10"), RiskRule.AMENDMENT_CHURN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void concentration_exactlyTwentyFivePercent_noAlert_aboveIt_alert(String ccy) {
        RiskEngine engine = engine(ccy);
        List<RiskSnapshot> even = List.of(contract("C-1", "P-1", Money.of(250, ccy)).build(),
                contract("C-2", "P-2", Money.of(250, ccy)).build(), contract("C-3", "P-3", Money.of(250, ccy)).build(),
                contract("C-4", "P-4", Money.of(250, ccy)).build());
        // each holds 250 / 1000 = 25%, not above 25%
        assertEquals(List.of(), engine.scan(even.stream(), d("2026-05-01"), a -> { }).concentrationAlerts());
        List<RiskSnapshot> skewed = new ArrayList<>(even);
        skewed.set(0, contract("C-1", "P-1", Money.of(251, ccy)).build());
        List<Alert> raised = new ArrayList<>();
        PortfolioSummary summary = engine.scan(skewed.stream(), d("2026-05-01"), raised::add);
        // P-1: 251 / 1001 = 25.07% > 25%; the others 250 / 1001 = 24.98%
        assertEquals(List.of("counterparty-concentration/-/counterparty:P-1"), keys(raised));
        assertEquals(raised, summary.concentrationAlerts());
        assertEquals("share 25.07%", raised.get(0).facts().get(1).test());
        assertEquals(1L, summary.byRule().get("counterparty-concentration"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "JPY"})
    void custom_sellSideAtOneMillion_alerts_belowIt_not(String ccy) {
        RiskEngine engine = engine(ccy);
        String below = "JPY".equals(ccy) ? "999999" : "999999.99";
        assertEquals(List.of(), alerts(engine, withFacts(ccy, Money.of(below, ccy)), d("2026-05-01"),
                RiskRule.CUSTOM));
        List<Alert> a = alerts(engine, withFacts(ccy, Money.of(1_000_000, ccy)), d("2026-05-01"), RiskRule.CUSTOM);
        assertEquals(List.of("custom.large-sale/C-1/contract:C-1"), keys(a));
        assertEquals("custom.large-sale", a.get(0).ruleId());
        assertEquals(2, a.get(0).facts().size());
        assertEquals("HT-C-1: large sell-side contract", a.get(0).messageEn());
    }

    private static RiskSnapshot withFacts(String ccy, Money amount) {
        ContractFacts facts = ContractFacts.builder(io.pactum.core.contract.ContractId.of("C-1"),
                ContractTypeId.of("purchase"), amount, DepartmentId.of("procurement"), PartyId.of("P-1"),
                UserId.of("u-owner"), UserId.of("u-sub")).direction(Direction.SELL_SIDE).build();
        return contract(ccy).facts(facts).build();
    }
}
