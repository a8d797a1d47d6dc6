package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Manager chains, groups, named users and quorum stages. */
class ApproverResolutionTest {

    private static ApprovalRouter router(ApprovalMode mode, ApproverSpec... approvers) {
        ApprovalPolicy p = new ApprovalPolicy("resolution", LocalDate.of(2026, 1, 1),
                java.util.Currency.getInstance("CNY"), Map.of(),
                List.of(new StageDefinition("review", 10, mode, Duration.ofHours(24), null)),
                List.of(ApprovalRule.otherwise("all", "everything", new StageAddition("review", List.of(approvers)))),
                SeparationOfDuties.standard(), MaterialChangeReset.RESTART_ROUTE);
        return ApprovalRouter.compile(p);
    }

    private static OrgStructure bigOrg() {
        return orgBuilder().authority(AuthorityLimit.forRole("department-head", null, Money.of(1, "CNY")))
                .authority(AuthorityLimit.forUser(ALICE, null, Money.of(1_000_000_000, "CNY")))
                .authority(AuthorityLimit.forUser(SALES_HEAD, null, Money.of(1_000_000_000, "CNY")))
                .build();
    }

    private static List<List<UserId>> seats(Route r) {
        return r.stages().get(0).seats().stream().map(Seat::candidates).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void route_managerChainTwoLevels_oneSeatPerLevel() {
        // Bob owns and submits: his manager is Alice, hers the sales head.
        ContractFacts f = sales("1000.00").build();
        ContractFacts bobs = new ContractFacts(f.contractId(), f.type(), f.direction(), f.amount(), f.riskLevel(),
                f.department(), f.region(), f.counterparty(), BOB, BOB, f.attributes(), f.budgetCeiling(),
                f.deviations());
        Route r = router(ApprovalMode.all(), ApproverSpec.managers(2)).route(bobs, bigOrg(), RATES, ON);
        assertEquals(List.of(List.of(ALICE), List.of(SALES_HEAD)), seats(r));
        assertEquals(2, r.stages().get(0).required());
    }

    @Test
    void route_managerChainLongerThanOrg_stopsAtTheTop() {
        // Alice's chain: sales head, COO, CEO, then nobody.
        ContractFacts f = sales("1000.00").build();
        ContractFacts alices = new ContractFacts(f.contractId(), f.type(), f.direction(), f.amount(), f.riskLevel(),
                f.department(), f.region(), f.counterparty(), ALICE, ALICE, f.attributes(), f.budgetCeiling(),
                f.deviations());
        Route r = router(ApprovalMode.any(), ApproverSpec.managers(5)).route(alices, org(), RATES, ON);
        assertEquals(List.of(List.of(SALES_HEAD), List.of(COO), List.of(CEO)), seats(r));
    }

    @Test
    void route_groupAndNamedUser_seatsWithTheirMembers() {
        Route r = router(ApprovalMode.all(), ApproverSpec.group("legal-team"), ApproverSpec.user("u-ceo"))
                .route(sales("1000.00").build(), org(), RATES, ON);
        assertEquals(List.of(List.of(LEGAL), List.of(CEO)), seats(r));
    }

    @Test
    void route_unknownGroupAtRouteTime_noEligibleApprover() {
        ApprovalException e = assertThrows(ApprovalException.class, () -> router(ApprovalMode.any(),
                ApproverSpec.group("board")).route(sales("1000.00").build(), org(), RATES, ON));
        assertEquals(RuleError.NO_ELIGIBLE_APPROVER, e.error());
        assertEquals("stages.review", e.path());
    }

    @Test
    void approve_quorumTwoOfThree_approvedAfterSecond() {
        ApprovalRouter router = router(ApprovalMode.quorum(2), ApproverSpec.role("finance"), ApproverSpec.role("legal"),
                ApproverSpec.role("ceo"));
        ContractFacts f = sales("1000.00").build();
        Route r = router.route(f, org(), RATES, ON);
        ApprovalProcess p = ApprovalProcess.submit(router, r, f, BOB, T0).approve(CEO, T0.plusSeconds(60), "ok");
        assertEquals(ProcessStatus.IN_APPROVAL, p.status());
        assertEquals(Set.of(FIN, FIN2, LEGAL), p.pendingApprovers());
        assertEquals(ProcessStatus.APPROVED, p.approve(LEGAL, T0.plusSeconds(120), "ok").status());
    }

    @Test
    void route_quorumAboveSeatsAfterSeparationOfDuties_quorumUnreachable() {
        // Quorum 2 over the department head and the owner's manager, who are the same person: one seat is merged.
        ApprovalRouter router = router(ApprovalMode.quorum(2), ApproverSpec.departmentHead(), ApproverSpec.managers(1));
        ApprovalException e = assertThrows(ApprovalException.class,
                () -> router.route(sales("1000.00").build(), org(), RATES, ON));
        assertEquals(RuleError.QUORUM_UNREACHABLE, e.error());
    }
}
