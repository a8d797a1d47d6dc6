package io.pactum.rules.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.condition.CompiledCondition;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.FactsView;
import io.pactum.rules.condition.Operator;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RateSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Filing rules by type and slicing them along the amount axis never changes which rules apply:
 * the router agrees with evaluating every rule's whole condition, for a fixed policy and for
 * random policies (bounds that fall between the currency's minor units, overlapping and empty
 * intervals, amount tests under {@code or} and {@code not}, more than 64 rules) and random
 * contracts, amounts on and next to the bounds, in the policy's currency or converted.
 */
class RuleIndexProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final ApprovalPolicy POLICY = policy();
    private static final ApprovalRouter ROUTER = ApprovalRouter.compile(POLICY);

    private static ApprovalPolicy policy() {
        List<ApprovalRule> rules = new ArrayList<>();
        StageAddition dept = StageAddition.of("s", ApproverSpec.departmentHead());
        for (int t = 0; t < 4; t++) {
            rules.add(ApprovalRule.when("t" + t + "-small", "", Condition.and(Condition.eq("type", "t" + t),
                    Condition.compare("amount", Operator.LT, "1000")), dept));
            rules.add(ApprovalRule.when("t" + t + "-big", "", Condition.and(Condition.compare("amount", Operator.GTE,
                    "1000"), Condition.eq("type", "t" + t)), StageAddition.of("s", ApproverSpec.role("r" + t))));
        }
        rules.add(ApprovalRule.when("t1-or-t2", "", Condition.in("type", "t1", "t2"),
                StageAddition.of("s", ApproverSpec.role("both"))));
        rules.add(ApprovalRule.when("not-t3", "", Condition.not(Condition.eq("type", "t3")),
                StageAddition.of("s", ApproverSpec.role("not3"))));
        rules.add(ApprovalRule.when("sales-dept", "", Condition.eq("department", "sales"),
                StageAddition.of("s", ApproverSpec.role("sales"))));
        rules.add(ApprovalRule.otherwise("otherwise", "", dept));
        return new ApprovalPolicy("idx", LocalDate.of(2026, 1, 1), CNY, Map.of(),
                List.of(new StageDefinition("s", 1, ApprovalMode.any(), Duration.ofDays(1), null)), rules,
                SeparationOfDuties.standard(), MaterialChangeReset.RESTART_ROUTE);
    }

    @Provide
    Arbitrary<ContractFacts> contracts() {
        return Combinators.combine(Arbitraries.of("t0", "t1", "t2", "t3", "t9"), Arbitraries.longs().between(0, 300_000),
                Arbitraries.of("sales", "hr")).as((type, fen, dept) -> ContractFacts.builder(ContractId.of("c"),
                        ContractTypeId.of(type), Money.ofMinor(fen, CNY), DepartmentId.of(dept), PartyId.of("p"),
                        UserId.of("o"), UserId.of("s")).build());
    }

    @Property
    void plan_randomPolicy_sameAsEvaluatingEveryRule(@ForAll("policies") ApprovalPolicy policy,
            @ForAll("manyContracts") List<ContractFacts> contracts) {
        assertSameAsEvaluatingEveryRule(policy, contracts);
    }

    @Property(tries = 100)
    void plan_randomPolicyOver64Rules_sameAsEvaluatingEveryRule(@ForAll("largePolicies") ApprovalPolicy policy,
            @ForAll("manyContracts") List<ContractFacts> contracts) {
        assertSameAsEvaluatingEveryRule(policy, contracts);
    }

    private static void assertSameAsEvaluatingEveryRule(ApprovalPolicy policy, List<ContractFacts> contracts) {
        ApprovalRouter router = ApprovalRouter.compile(policy);
        for (ContractFacts facts : contracts) {
            FactsView view = FactsView.of(facts, CNY, RATES);
            List<String> expected = new ArrayList<>();
            for (ApprovalRule r : policy.rules()) {
                if (r.when() != null && CompiledCondition.compile(r.when(), policy.fields(), CNY).test(view)) {
                    expected.add(r.id());
                }
            }
            if (expected.isEmpty()) {
                expected.add("otherwise");
            }
            assertEquals(expected, router.plan(facts, RATES).matchedRules(), () -> facts.amount() + " "
                    + facts.type() + " " + facts.department() + " in " + policy.rules().stream()
                            .map(r -> r.id() + ": " + r.when()).toList());
        }
    }

    /** Amount bounds, one of them finer than CNY's minor unit. */
    private static final List<String> BOUNDS = List.of("0", "99.99", "100", "100.005", "1000", "5000", "12345.67");

    private static Arbitrary<Condition> amountTest() {
        Arbitrary<Condition> compare = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.LT, Operator.LTE,
                Operator.GT, Operator.GTE), Arbitraries.of(BOUNDS)).as((op, b) -> Condition.compare("amount", op, b));
        Arbitrary<Condition> between = Arbitraries.of(BOUNDS).list().ofSize(2).uniqueElements()
                .map(l -> l.stream().sorted(java.util.Comparator.comparing(java.math.BigDecimal::new)).toList())
                .map(l -> Condition.between("amount", l.get(0), l.get(1)));
        return Arbitraries.oneOf(compare, between);
    }

    private static Arbitrary<Condition> filingTest() {
        return Arbitraries.oneOf(Arbitraries.of("t0", "t1", "t2", "t3").map(t -> Condition.eq("type", t)),
                Arbitraries.of("t0", "t1", "t2").list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                        .map(l -> Condition.in("type", l.toArray(String[]::new))),
                Arbitraries.of("sales", "procurement").map(d -> Condition.eq("department", d)));
    }

    private static Arbitrary<Condition> otherTest() {
        return Arbitraries.oneOf(
                Arbitraries.of(Operator.EQ, Operator.NE).map(op -> Condition.test("region", op,
                        io.pactum.rules.facts.AttributeValue.text("east"))),
                Arbitraries.of(io.pactum.rules.facts.RiskLevel.class).map(r -> Condition.test("riskLevel",
                        Operator.GTE, io.pactum.rules.facts.AttributeValue.text(r.name()))),
                Arbitraries.just(Condition.contains("deviation.edited", "liability")),
                Arbitraries.of(true, false).map(b -> Condition.is("overBudget", b)),
                Arbitraries.of(BOUNDS).map(b -> Condition.compare("amount", Operator.NE, b)),
                Arbitraries.just(Condition.test("amount", Operator.PRESENT)),
                Arbitraries.just(Condition.eq("type", "t1")),
                Combinators.combine(amountTest(), filingTest()).as(Condition::or),
                amountTest().map(Condition::not));
    }

    private static Arbitrary<Condition> ruleCondition() {
        Arbitrary<List<Condition>> conjuncts = Combinators.combine(filingTest().list().ofMaxSize(1),
                amountTest().list().ofMaxSize(2), otherTest().list().ofMaxSize(1)).as((f, a, o) -> {
                    List<Condition> all = new ArrayList<>(f);
                    all.addAll(a);
                    all.addAll(o);
                    return all;
                }).filter(l -> !l.isEmpty()).flatMap(l -> Arbitraries.shuffle(l));
        return Arbitraries.oneOf(conjuncts.map(l -> l.size() == 1 ? l.get(0) : new Condition.And(l)),
                conjuncts.map(Condition.And::new), otherTest());
    }

    private static Arbitrary<ApprovalPolicy> policies(int min, int max) {
        return ruleCondition().filter(Satisfiability::canHold).list().ofMinSize(min).ofMaxSize(max).map(whens -> {
            List<ApprovalRule> rules = new ArrayList<>();
            for (int i = 0; i < whens.size(); i++) {
                rules.add(ApprovalRule.when("r" + i, "", whens.get(i), StageAddition.of("s", ApproverSpec.role("r"))));
            }
            rules.add(ApprovalRule.otherwise("otherwise", "", StageAddition.of("s", ApproverSpec.departmentHead())));
            return new ApprovalPolicy("random", LocalDate.of(2026, 1, 1), CNY, Map.of(),
                    List.of(new StageDefinition("s", 1, ApprovalMode.any(), Duration.ofDays(1), null)), rules,
                    SeparationOfDuties.standard(), MaterialChangeReset.RESTART_ROUTE);
        });
    }

    @Provide
    Arbitrary<ApprovalPolicy> policies() {
        return policies(1, 20);
    }

    @Provide
    Arbitrary<ApprovalPolicy> largePolicies() {
        return policies(65, 90);
    }

    private static final RateSource RATES = RateSource.fixed(Map.of("USD/CNY", new java.math.BigDecimal("7.1")));

    @Provide
    Arbitrary<List<ContractFacts>> manyContracts() {
        // Amounts in fen on and next to every bound (100.005 lies between 10000 and 10001 fen), and anywhere.
        Arbitrary<Long> nearBound = Combinators.combine(Arbitraries.of(0L, 9999L, 10000L, 100000L, 500000L, 1234567L),
                Arbitraries.of(-1L, 0L, 1L)).as((b, d) -> Math.max(0, b + d));
        Arbitrary<Long> fen = Arbitraries.oneOf(nearBound, Arbitraries.longs().between(0, 2_000_000));
        Arbitrary<ContractFacts> one = Combinators.combine(Arbitraries.of("t0", "t1", "t2", "t3", "t4"), fen,
                Arbitraries.of("sales", "procurement", "hr"), Arbitraries.of("east", "west", ""),
                Arbitraries.of(io.pactum.rules.facts.RiskLevel.class), Arbitraries.of(true, false),
                Arbitraries.of(-1L, 0L, 10000L, 700000L), Arbitraries.of("CNY", "CNY", "USD"))
                .as((type, f, dept, region, risk, liability, budget, currency) -> {
                    Currency cur = Currency.getInstance(currency);
                    ContractFacts.Builder b = ContractFacts.builder(ContractId.of("c"), ContractTypeId.of(type),
                            Money.ofMinor(f, cur), DepartmentId.of(dept), PartyId.of("p"), UserId.of("o"),
                            UserId.of("s")).riskLevel(risk).deviations(new io.pactum.rules.facts.DeviationFacts(
                                    Set.of(), liability ? Set.of("liability") : Set.of(), Set.of(), false));
                    if (!region.isEmpty()) {
                        b.region(region);
                    }
                    if (budget >= 0) {
                        b.budgetCeiling(Money.ofMinor(budget, cur));
                    }
                    return b.build();
                });
        return one.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void plan_filedRules_sameAsEvaluatingEveryRule(@ForAll("contracts") ContractFacts facts) {
        FactsView view = FactsView.of(facts, CNY, RateSource.sameCurrencyOnly());
        List<String> expected = new ArrayList<>();
        for (ApprovalRule r : POLICY.rules()) {
            if (r.when() != null && CompiledCondition.compile(r.when(), POLICY.fields(), CNY).test(view)) {
                expected.add(r.id());
            }
        }
        if (expected.isEmpty()) {
            expected.add("otherwise");
        }
        assertEquals(expected, ROUTER.plan(facts, RateSource.sameCurrencyOnly()).matchedRules());
    }
}
