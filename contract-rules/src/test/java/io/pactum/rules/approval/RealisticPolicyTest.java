package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.facts.RateSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The realistic policy of the issue, contract by contract. */
class RealisticPolicyTest {

    private final ApprovalRouter router = router();
    private final OrgStructure org = org();

    private Route route(ContractFacts facts) {
        return router.route(facts, org, RATES, ON);
    }

    private static List<UserId> candidates(Route r, String stage, int seat) {
        return r.stage(stage).orElseThrow().seats().get(seat).candidates();
    }

    @Test
    void route_standardBelowOneMillion_departmentHeadOnly() {
        Route r = route(sales("999999.99").build());
        assertEquals(List.of("department"), r.stageNames());
        assertEquals(List.of(SALES_HEAD), candidates(r, "department", 0));
        StageReason why = r.stages().get(0).reasons().get(0);
        assertEquals("below-1m", why.ruleId());
        assertEquals("amount", why.facts().get(0).field());
        assertEquals("999999.99 CNY", why.facts().get(0).actual());
    }

    @Test
    void route_exactlyOneMillion_departmentHeadThenFinanceAndLegalInParallel() {
        Route r = route(sales("1000000.00").build());
        assertEquals(List.of("department", "finance-legal"), r.stageNames());
        RouteStage parallel = r.stage("finance-legal").orElseThrow();
        assertEquals(ApprovalMode.all(), parallel.mode());
        // Two seats: any finance holder, and legal; both must approve.
        assertEquals(List.of(FIN, FIN2), candidates(r, "finance-legal", 0));
        assertEquals(List.of(LEGAL), candidates(r, "finance-legal", 1));
        assertEquals(2, parallel.required());
    }

    @Test
    void route_fromTenMillion_thenTheCeo() {
        Route r = route(sales("10000000.00").build());
        assertEquals(List.of("department", "finance-legal", "ceo"), r.stageNames());
        assertEquals(List.of(CEO), candidates(r, "ceo", 0));
        assertEquals("from-10m", r.stage("ceo").orElseThrow().reasons().get(0).ruleId());
    }

    @Test
    void route_nonStandardLiabilityOnSmallContract_legalReviewAdded() {
        DeviationFacts edited = new DeviationFacts(Set.of(), Set.of("liability"), Set.of(), false);
        Route r = route(sales("200000.00").deviations(edited).build());
        assertEquals(List.of("department", "legal-review"), r.stageNames());
        StageReason why = r.stage("legal-review").orElseThrow().reasons().get(0);
        assertEquals("non-standard-liability", why.ruleId());
        assertEquals("deviation.edited", why.facts().get(0).field());
    }

    @Test
    void route_liabilityFallbackOnThreeMillion_legalMergedIntoItsEarlierStage() {
        DeviationFacts fallback = new DeviationFacts(Set.of("liability"), Set.of(), Set.of(), false);
        Route r = route(sales("3000000.00").deviations(fallback).build());
        // legal reviews at order 15; the parallel stage at 20 keeps only finance.
        assertEquals(List.of("department", "legal-review", "finance-legal"), r.stageNames());
        RouteStage parallel = r.stage("finance-legal").orElseThrow();
        assertEquals(1, parallel.seats().size());
        assertEquals(List.of(FIN, FIN2), parallel.seats().get(0).candidates());
    }

    @Test
    void route_otherDeviationCategory_noLegalReview() {
        DeviationFacts other = new DeviationFacts(Set.of(), Set.of("payment"), Set.of(), false);
        assertEquals(List.of("department"), route(sales("200000.00").deviations(other).build()).stageNames());
    }

    @Test
    void route_buySideOverBudget_financeController() {
        // 800,000 against a budget of 500,000: over budget.
        Route r = route(purchase("800000.00").budgetCeiling(Money.of(500_000, "CNY")).build());
        assertEquals(List.of("department", "finance-control"), r.stageNames());
        assertEquals(List.of(PROC_HEAD), candidates(r, "department", 0));
        assertEquals(List.of(CTRL), candidates(r, "finance-control", 0));
        assertEquals("overBudget", r.stage("finance-control").orElseThrow().reasons().get(0).facts().get(1).field());
    }

    @Test
    void route_buySideWithinBudget_noController() {
        Route r = route(purchase("500000.00").budgetCeiling(Money.of(500_000, "CNY")).build());
        assertEquals(List.of("department"), r.stageNames());
    }

    @Test
    void route_sellSideAboveAnyBudget_noController() {
        Route r = route(sales("800000.00").budgetCeiling(Money.of(500_000, "CNY")).build());
        assertEquals(List.of("department"), r.stageNames());
    }

    @Test
    void route_usdAmountConverted_bandChosenInPolicyCurrency() {
        // 150,000.00 USD x 7.1 = 1,065,000.00 CNY: the from-1m band.
        RateSource rates = RateSource.fixed(Map.of("USD/CNY", new BigDecimal("7.1")));
        ContractFacts usd = sales("1").build().withAmount(Money.of("150000.00", "USD"));
        Route r = router.route(usd, org, rates, ON);
        assertEquals(Money.of("1065000.00", "CNY"), r.amount());
        assertEquals(List.of("department", "finance-legal"), r.stageNames());
    }

    @Test
    void route_missingRate_typedErrorAtAmount() {
        ContractFacts usd = sales("1").build().withAmount(Money.of("150000.00", "USD"));
        io.pactum.core.error.PactumException e = assertThrows(io.pactum.core.error.PactumException.class,
                () -> router.route(usd, org, RATES, ON));
        assertEquals(RuleError.RATE_MISSING, e.errorCode());
        assertEquals("amount", e.path());
    }

    @Test
    void route_finalApproverLimitBelowAmount_authorityErrorNamesFacts() {
        // The CEO may sign loans only up to 50,000,000 CNY; this one is 60,000,000.
        OrgStructure org2 = replaceCeoLimit(org());
        ContractFacts loan = ContractFacts.builder(io.pactum.core.contract.ContractId.of("c-9"),
                ContractTypeId.of("loan"), Money.of(60_000_000, "CNY"), io.pactum.core.contract.DepartmentId.of("sales"),
                io.pactum.core.contract.PartyId.of("p-bank"), ALICE, BOB).build();
        ApprovalException e = assertThrows(ApprovalException.class, () -> router.route(loan, org2, RATES, ON));
        assertEquals(RuleError.AUTHORITY_NOT_COVERED, e.error());
        assertEquals("amount", e.path());
        assertTrue(e.getMessage().contains("loan") && e.getMessage().contains("60000000.00")
                && e.getMessage().contains("u-ceo") && e.getMessage().contains("50000000.00"), e.getMessage());
    }

    private static OrgStructure replaceCeoLimit(OrgStructure base) {
        OrgStructure.Builder b = OrgStructure.builder();
        base.people().values().forEach(p -> b.person(p.id().value(), p.department().value(),
                p.manager() == null ? null : p.manager().value(), p.roles().toArray(String[]::new)));
        b.departmentHead("sales", "u-sales-head").departmentHead("procurement", "u-proc-head");
        b.authority(AuthorityLimit.forRole("finance", null, Money.of(10_000_000, "CNY")));
        b.authority(AuthorityLimit.forRole("legal", null, Money.of(10_000_000, "CNY")));
        b.authority(AuthorityLimit.forRole("ceo", ContractTypeId.of("loan"), Money.of(50_000_000, "CNY")));
        return b.build();
    }

    @Test
    void route_finalStageHolderWithoutAuthority_leftOutWithNote() {
        // u-fin2's own limit is not there: give finance a type-specific limit for "sales" only to u-fin.
        OrgStructure o = OrgStructure.builder()
                .person("u-coo", "board", null, "coo")
                .person("u-sales-head", "sales", "u-coo", "department-head")
                .person("u-alice", "sales", "u-sales-head")
                .person("u-bob", "sales", "u-alice")
                .person("u-fin", "finance", "u-coo", "finance")
                .person("u-fin2", "finance", "u-coo", "finance")
                .person("u-legal", "legal", "u-coo", "legal")
                .departmentHead("sales", "u-sales-head")
                .authority(AuthorityLimit.forUser(FIN, ContractTypeId.of("sales"), Money.of(5_000_000, "CNY")))
                .authority(AuthorityLimit.forUser(FIN2, ContractTypeId.of("sales"), Money.of(2_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("legal", null, Money.of(10_000_000, "CNY")))
                .build();
        Route r = router.route(sales("3000000.00").build(), o, RATES, ON);
        Seat finance = r.stage("finance-legal").orElseThrow().seats().get(0);
        assertEquals(List.of(FIN), finance.candidates());
        assertTrue(finance.notes().get(0).contains("u-fin2"), finance.notes().toString());
    }

    @Test
    void route_sameFactsTwice_sameRoute() {
        ContractFacts f = sales("4200000.00").build();
        assertEquals(route(f), route(f));
    }
}
