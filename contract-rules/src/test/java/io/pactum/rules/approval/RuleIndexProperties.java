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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Filing rules by type never changes which rules apply: the router agrees with evaluating every rule. */
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
