package io.pactum.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.facts.RiskLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Evaluating compiled conditions and explaining them. */
class CompiledConditionTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final FieldCatalog FIELDS = FieldCatalog.withAttributes(Map.of("signedOn", ValueType.DATE,
            "headcount", ValueType.NUMBER, "project", ValueType.TEXT));

    private static ContractFacts.Builder facts(String amount) {
        return ContractFacts.builder(ContractId.of("c-1"), ContractTypeId.of("sales"), Money.of(amount, "CNY"),
                DepartmentId.of("sales"), PartyId.of("p-acme"), UserId.of("u-alice"), UserId.of("u-bob"));
    }

    private static boolean test(Condition c, ContractFacts f) {
        return CompiledCondition.compile(c, FIELDS, CNY).test(FactsView.of(f, CNY, RateSource.sameCurrencyOnly()));
    }

    @Test
    void test_betweenIsHalfOpen_lowerIncludedUpperExcluded() {
        Condition band = Condition.between("amount", "1000000", "10000000");
        assertTrue(test(band, facts("1000000.00").build()));
        assertTrue(test(band, facts("9999999.99").build()));
        assertFalse(test(band, facts("10000000.00").build()));
        assertFalse(test(band, facts("999999.99").build()));
    }

    @Test
    void test_riskLevelOrdered_highAndCriticalAtLeastHigh() {
        Condition c = Condition.test("riskLevel", Operator.GTE, AttributeValue.text("HIGH"));
        assertTrue(test(c, facts("1").riskLevel(RiskLevel.CRITICAL).build()));
        assertTrue(test(c, facts("1").riskLevel(RiskLevel.HIGH).build()));
        assertFalse(test(c, facts("1").riskLevel(RiskLevel.MEDIUM).build()));
    }

    @Test
    void test_absentRegion_everyComparisonFalse() {
        assertFalse(test(Condition.eq("region", "east"), facts("1").build()));
        assertFalse(test(Condition.test("region", Operator.NE, AttributeValue.text("east")), facts("1").build()));
        assertFalse(test(Condition.test("region", Operator.PRESENT), facts("1").build()));
        assertTrue(test(Condition.test("region", Operator.PRESENT), facts("1").region("east").build()));
    }

    @Test
    void test_typedAttributes_comparedByType() {
        ContractFacts f = facts("1").attribute("signedOn", AttributeValue.date(LocalDate.of(2026, 3, 1)))
                .attribute("headcount", AttributeValue.number(new BigDecimal("12.0"))).build();
        assertTrue(test(Condition.test("attributes.signedOn", Operator.LT,
                AttributeValue.date(LocalDate.of(2026, 4, 1))), f));
        assertTrue(test(Condition.test("attributes.headcount", Operator.IN, AttributeValue.number(new BigDecimal("12")),
                AttributeValue.number(BigDecimal.ONE)), f));
        assertTrue(test(Condition.test("attributes.headcount", Operator.EQ, AttributeValue.number(new BigDecimal("12"))), f));
    }

    @Test
    void test_attributeOfWrongTypeInFacts_typedErrorAtPath() {
        ContractFacts f = facts("1").attribute("headcount", AttributeValue.text("twelve")).build();
        PactumException e = assertThrows(PactumException.class, () -> test(
                Condition.compare("attributes.headcount", Operator.GT, "1"), f));
        assertEquals(RuleError.VALUE_TYPE, e.errorCode());
        assertEquals("attributes.headcount", e.path());
    }

    @Test
    void explain_andOfTests_everyFactNamed() {
        Condition c = Condition.and(Condition.compare("amount", Operator.GTE, "1000000"),
                Condition.or(Condition.contains("deviation.edited", "liability"), Condition.eq("type", "sales")));
        ContractFacts f = facts("1500000.00").deviations(new DeviationFacts(Set.of(), Set.of("ip"), Set.of(), false))
                .build();
        List<FactUsed> why = CompiledCondition.compile(c, FIELDS, CNY)
                .explain(FactsView.of(f, CNY, RateSource.sameCurrencyOnly()));
        // The or explains with its first true part: type, not the edited categories.
        assertEquals(List.of(new FactUsed("amount", "1500000.00 CNY", "amount >= 1000000"),
                new FactUsed("type", "sales", "type == sales")), why);
    }

    @Test
    void explain_not_factsOfNegatedPart() {
        Condition c = Condition.not(Condition.eq("type", "nda"));
        List<FactUsed> why = CompiledCondition.compile(c, FIELDS, CNY)
                .explain(FactsView.of(facts("1").build(), CNY, RateSource.sameCurrencyOnly()));
        assertEquals(List.of(new FactUsed("type", "sales", "not type == nda")), why);
    }

    @Test
    void explain_falseCondition_empty() {
        assertEquals(List.of(), CompiledCondition.compile(Condition.eq("type", "nda"), FIELDS, CNY)
                .explain(FactsView.of(facts("1").build(), CNY, RateSource.sameCurrencyOnly())));
    }

    @Test
    void compile_builtInJavaWithProblems_everyProblemWithFieldPath() {
        Condition c = Condition.and(Condition.eq("amount", "x"), Condition.or(), Condition.compare("nope", Operator.GT, "1"));
        ValidationException e = assertThrows(ValidationException.class, () -> CompiledCondition.compile(c, FIELDS, CNY));
        assertEquals(List.of("and[0].value", "and[1].or", "and[2].field"),
                e.violations().stream().map(io.pactum.core.error.Violation::path)
                        .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void factsView_usdAmount_convertedExactlyHalfEven() {
        // 100.005 would need rounding: 33.34 USD x 3.0001 = 100.023334 -> 100.02 CNY.
        RateSource rates = RateSource.fixed(Map.of("USD/CNY", new BigDecimal("3.0001")));
        FactsView v = FactsView.of(facts("1").build().withAmount(Money.of("33.34", "USD")), CNY, rates);
        assertEquals(Money.of("100.02", "CNY"), v.amount());
    }

    @Test
    void factsView_overBudget_strictlyAbove() {
        RateSource none = RateSource.sameCurrencyOnly();
        assertFalse(FactsView.of(facts("500.00").budgetCeiling(Money.of(500, "CNY")).build(), CNY, none).overBudget());
        assertTrue(FactsView.of(facts("500.01").budgetCeiling(Money.of(500, "CNY")).build(), CNY, none).overBudget());
        assertFalse(FactsView.of(facts("500.01").build(), CNY, none).overBudget());
    }

    @Test
    void testFacts_inCompiledCurrency_sameAnswerAsView() {
        CompiledCondition c = CompiledCondition.compile(Condition.and(Condition.between("amount", "100", "200"),
                Condition.is("overBudget", true)), FIELDS, CNY);
        assertTrue(c.test(facts("150.00").budgetCeiling(Money.of(100, "CNY")).build()));
        assertFalse(c.test(facts("150.00").budgetCeiling(Money.of(150, "CNY")).build()));
        assertFalse(c.test(facts("200.00").budgetCeiling(Money.of(100, "CNY")).build()));
    }

    @Test
    void testFacts_amountOrBudgetInOtherCurrency_rateMissingAtThatField() {
        CompiledCondition c = CompiledCondition.compile(Condition.compare("amount", Operator.GT, "1"), FIELDS, CNY);
        PactumException amount = assertThrows(PactumException.class,
                () -> c.test(facts("1").build().withAmount(Money.of("5", "USD"))));
        assertEquals(RuleError.RATE_MISSING, amount.errorCode());
        assertEquals("amount", amount.path());
        PactumException budget = assertThrows(PactumException.class,
                () -> c.test(facts("5").budgetCeiling(Money.of(1, "USD")).build()));
        assertEquals(RuleError.RATE_MISSING, budget.errorCode());
        assertEquals("budgetCeiling", budget.path());
    }
}
