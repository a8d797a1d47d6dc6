package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The approval process: decisions, separation of duties, SLA escalation, cycle times and resets. */
class ApprovalProcessTest {

    private final ApprovalRouter router = router();
    private final OrgStructure org = org();

    private ApprovalProcess submit(ContractFacts facts) {
        return ApprovalProcess.submit(router, router.route(facts, org, RATES, ON), facts, facts.submitter(), T0);
    }

    private static Instant h(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void approve_everyStageSatisfied_approvedWithCycleTimes() {
        ApprovalProcess p = submit(sales("3000000.00").build())
                .approve(SALES_HEAD, h(5), "ok")
                .approve(LEGAL, h(9), "clauses fine");
        assertEquals(ProcessStatus.IN_APPROVAL, p.status());
        assertEquals(Set.of(FIN, FIN2), p.pendingApprovers());
        p = p.approve(FIN2, h(30), "budget ok");
        assertEquals(ProcessStatus.APPROVED, p.status());
        // department 09:00 -> 14:00 = 5h; finance-legal 14:00 -> +25h (h30) = 25h; route 30h.
        assertEquals(List.of(Duration.ofHours(5), Duration.ofHours(25)),
                p.stageCycles().stream().map(StageCycle::duration).collect(java.util.stream.Collectors.toList()));
        assertEquals(Duration.ofHours(30), p.routeCycleTime().orElseThrow());
        Decision legal = p.decisions().get(2);
        assertEquals(DecisionKind.APPROVE, legal.kind());
        assertEquals(LEGAL, legal.actor());
        assertEquals("finance-legal", legal.stage());
        assertEquals("clauses fine", legal.comment());
        assertEquals(Duration.ofHours(4), legal.timeSpent());
    }

    @Test
    void approve_allModeWithOneSeatOpen_staysInStage() {
        ApprovalProcess p = submit(sales("3000000.00").build()).approve(SALES_HEAD, h(1), "ok").approve(FIN, h(2), "");
        assertEquals("finance-legal", p.currentStage().orElseThrow().name());
        assertEquals(Set.of(LEGAL), p.pendingApprovers());
    }

    @Test
    void approve_bySubmitterOrOwner_selfApprovalRefused() {
        // Bob submits; Alice owns; Alice's manager-chain is irrelevant: neither may approve.
        ApprovalProcess p = submit(sales("100000.00").build());
        assertEquals(RuleError.SELF_APPROVAL,
                assertThrows(ApprovalException.class, () -> p.approve(BOB, h(1), "mine")).error());
        assertEquals(RuleError.SELF_APPROVAL,
                assertThrows(ApprovalException.class, () -> p.approve(ALICE, h(1), "mine")).error());
    }

    @Test
    void route_ownerIsDepartmentHead_seatPassesToTheirManager() {
        ContractFacts own = ContractFacts.builder(io.pactum.core.contract.ContractId.of("c-7"),
                io.pactum.core.contract.ContractTypeId.of("sales"), Money.of(300_000, "CNY"),
                io.pactum.core.contract.DepartmentId.of("sales"), io.pactum.core.contract.PartyId.of("p-acme"),
                SALES_HEAD, SALES_HEAD).build();
        Route r = router.route(own, org, RATES, ON);
        Seat seat = r.stages().get(0).seats().get(0);
        assertEquals(List.of(COO), seat.candidates());
        assertTrue(seat.notes().get(0).contains("never approves their own contract"), seat.notes().toString());
    }

    @Test
    void approve_notOnCurrentStage_refused() {
        ApprovalProcess p = submit(sales("3000000.00").build());
        assertEquals(RuleError.NOT_AN_APPROVER,
                assertThrows(ApprovalException.class, () -> p.approve(FIN, h(1), "too early")).error());
    }

    @Test
    void approve_samePersonTwiceInOneRoute_refused() {
        // One person holds finance and finance-controller; the route asks both roles in sequence.
        OrgStructure o = OrgStructure.builder()
                .person("u-proc-head", "procurement", null, "department-head")
                .person("u-carol", "procurement", "u-proc-head")
                .person("u-fin", "finance", null, "finance-controller", "finance")
                .person("u-ctrl", "finance", null, "finance-controller")
                .person("u-legal", "legal", null, "legal")
                .departmentHead("procurement", "u-proc-head")
                .authority(AuthorityLimit.forRole("finance", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("legal", null, Money.of(10_000_000, "CNY")))
                .build();
        ContractFacts f = purchase("2000000.00").budgetCeiling(Money.of(1_000_000, "CNY")).build();
        Route r = router.route(f, o, RATES, ON);
        assertEquals(List.of("department", "finance-control", "finance-legal"), r.stageNames());
        ApprovalProcess p = ApprovalProcess.submit(router, r, f, CAROL, T0)
                .approve(PROC_HEAD, h(1), "ok")
                .approve(FIN, h(2), "controller ok");
        ApprovalException e = assertThrows(ApprovalException.class, () -> p.approve(FIN, h(3), "finance ok"));
        assertEquals(RuleError.ALREADY_APPROVED, e.error());
        ApprovalProcess q = p.approve(LEGAL, h(3), "ok");
        assertEquals(ProcessStatus.IN_APPROVAL, q.status());
        // u-fin is the only finance holder and has approved already: a delegate takes the seat.
        assertEquals(Set.of(), q.pendingApprovers());
    }

    @Test
    void route_aboveTwoPersonThresholdWithOneApprover_refused() {
        ApprovalPolicy p = policy();
        ApprovalPolicy oneManRule = new ApprovalPolicy(p.id(), p.effectiveFrom(), p.currency(), p.attributes(),
                p.stages(), List.of(ApprovalRule.otherwise("all", "department head for everything",
                        StageAddition.of("department", ApproverSpec.departmentHead()))),
                new SeparationOfDuties(true, new java.math.BigDecimal("500000")), p.onMaterialChange());
        ApprovalRouter r = ApprovalRouter.compile(oneManRule);
        // 500,000 is at the threshold: two people needed, the route has one seat.
        ApprovalException e = assertThrows(ApprovalException.class,
                () -> r.route(sales("500000.00").build(), org, RATES, ON));
        assertEquals(RuleError.TWO_PERSON_RULE, e.error());
        assertEquals(List.of("department"), r.route(sales("499999.99").build(), org, RATES, ON).stageNames());
    }

    @Test
    void reject_withReason_finalAndKeepsReason() {
        ApprovalProcess p = submit(sales("100000.00").build()).reject(SALES_HEAD, h(2), "price too low");
        assertEquals(ProcessStatus.REJECTED, p.status());
        assertEquals("price too low", p.decisions().get(1).comment());
        assertEquals(RuleError.PROCESS_NOT_OPEN,
                assertThrows(ApprovalException.class, () -> p.approve(SALES_HEAD, h(3), "")).error());
        assertEquals(Duration.ofHours(2), p.routeCycleTime().orElseThrow());
    }

    @Test
    void reject_blankReason_refused() {
        ApprovalProcess p = submit(sales("100000.00").build());
        assertEquals(RuleError.REASON_REQUIRED,
                assertThrows(ApprovalException.class, () -> p.reject(SALES_HEAD, h(2), " ")).error());
    }

    @Test
    void requestChanges_thenResubmit_startsOverOnNewRoute() {
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = submit(f).approve(SALES_HEAD, h(1), "ok").requestChanges(LEGAL, h(2), "cap liability");
        assertEquals(ProcessStatus.CHANGES_REQUESTED, p.status());
        assertEquals(RuleError.NOT_SUBMITTER, assertThrows(ApprovalException.class,
                () -> p.resubmit(FIN, f, p.route(), h(3))).error());
        ApprovalProcess q = p.resubmit(BOB, f, p.router().route(f, org, RATES, ON), h(3));
        assertEquals("department", q.currentStage().orElseThrow().name());
        // The earlier approval is void: the department head approves again.
        assertEquals(Set.of(SALES_HEAD), q.pendingApprovers());
    }

    @Test
    void delegate_delegateApprovesTheSeat() {
        ApprovalProcess p = submit(sales("100000.00").build()).delegate(SALES_HEAD, COO, h(1), "on leave");
        ApprovalProcess q = p.approve(COO, h(2), "ok for u-sales-head");
        assertEquals(ProcessStatus.APPROVED, q.status());
        assertEquals(COO, p.decisions().get(1).delegate());
    }

    @Test
    void delegate_toOwner_refused() {
        ApprovalProcess p = submit(sales("100000.00").build());
        assertEquals(RuleError.BAD_DELEGATION, assertThrows(ApprovalException.class,
                () -> p.delegate(SALES_HEAD, ALICE, h(1), "")).error());
    }

    @Test
    void escalate_afterSlaBreach_escalationTargetMayApprove() {
        ApprovalProcess p = submit(sales("100000.00").build());
        // SLA 48h: at 48h exactly it is not breached yet.
        assertEquals(RuleError.SLA_NOT_BREACHED,
                assertThrows(ApprovalException.class, () -> p.escalate(h(48))).error());
        ApprovalProcess q = p.escalate(h(49));
        assertEquals(Set.of(SALES_HEAD, COO), q.pendingApprovers());
        assertEquals(DecisionKind.ESCALATE, q.decisions().get(1).kind());
        assertEquals(ProcessStatus.APPROVED, q.approve(COO, h(50), "escalated, ok").status());
    }

    @Test
    void withdraw_bySubmitter_final_byOthersRefused() {
        ApprovalProcess p = submit(sales("100000.00").build());
        assertEquals(RuleError.NOT_SUBMITTER,
                assertThrows(ApprovalException.class, () -> p.withdraw(SALES_HEAD, h(1), "")).error());
        assertEquals(ProcessStatus.WITHDRAWN, p.withdraw(BOB, h(1), "lost the deal").status());
    }

    @Test
    void approve_beforeLastEvent_timeOrderRefused() {
        ApprovalProcess p = submit(sales("100000.00").build());
        assertEquals(RuleError.TIME_ORDER, assertThrows(ApprovalException.class,
                () -> p.approve(SALES_HEAD, T0.minusSeconds(1), "")).error());
    }

    @Test
    void materialChange_amountRaisedWithRestart_routeAgainFromFirstStage() {
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = submit(f).approve(SALES_HEAD, h(1), "ok").approve(FIN, h(2), "ok");
        ContractFacts raised = f.withAmount(Money.of(12_000_000, "CNY"));
        ApprovalProcess q = p.materialChange(raised, p.router().route(raised, org, RATES, ON), h(3));
        assertEquals(List.of("department", "finance-legal", "ceo"), q.route().stageNames());
        assertEquals("department", q.currentStage().orElseThrow().name());
        // Approvals before the change are void: the department head may approve again.
        assertEquals(Set.of(SALES_HEAD), q.pendingApprovers());
        assertEquals(DecisionKind.RESET, q.decisions().get(3).kind());
        assertTrue(q.decisions().get(3).comment().contains("amount CNY 3000000.00 -> CNY 12000000.00"),
                q.decisions().get(3).comment());
    }

    @Test
    void resubmitAfterChanges_repeatCurrentStage_keepsEarlierStagesAndRestartsTheAskingOne() {
        ApprovalPolicy base = policy();
        ApprovalPolicy repeat = new ApprovalPolicy(base.id(), base.effectiveFrom(), base.currency(), base.attributes(),
                base.stages(), base.rules(), base.separationOfDuties(), MaterialChangeReset.REPEAT_CURRENT_STAGE);
        ApprovalRouter r = ApprovalRouter.compile(repeat);
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = ApprovalProcess.submit(r, r.route(f, org, RATES, ON), f, BOB, T0)
                .approve(SALES_HEAD, h(1), "ok").approve(FIN, h(2), "ok").requestChanges(LEGAL, h(3), "cap the liability");
        ContractFacts changed = f.withAmount(io.pactum.core.money.Money.of("4000000.00", "CNY"));
        ApprovalProcess q = p.resubmitAfterChanges(BOB, changed, r.route(changed, org, RATES, ON), h(4));
        assertEquals(ProcessStatus.IN_APPROVAL, q.status());
        assertEquals("finance-legal", q.currentStage().orElseThrow().name());
        // the stage that asked for changes starts over: u-fin's approval there is void
        assertEquals(Set.of(FIN, FIN2, LEGAL), q.pendingApprovers());
        assertEquals(DecisionKind.RESUBMIT, q.decisions().get(q.decisions().size() - 1).kind());
        assertEquals("finance-legal", q.decisions().get(q.decisions().size() - 1).stage());
    }

    @Test
    void resubmitAfterChanges_restartRoute_isAResubmission() {
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = ApprovalProcess.submit(router, router.route(f, org, RATES, ON), f, BOB, T0)
                .approve(SALES_HEAD, h(1), "ok").requestChanges(FIN, h(2), "split it");
        ApprovalProcess q = p.resubmitAfterChanges(BOB, f, router.route(f, org, RATES, ON), h(3));
        assertEquals("department", q.currentStage().orElseThrow().name());
        assertEquals(Set.of(SALES_HEAD), q.pendingApprovers());
    }

    @Test
    void materialChange_clauseChangedWithRepeatCurrentStage_earlierStagesKept() {
        ApprovalPolicy base = policy();
        ApprovalPolicy repeat = new ApprovalPolicy(base.id(), base.effectiveFrom(), base.currency(), base.attributes(),
                base.stages(), base.rules(), base.separationOfDuties(), MaterialChangeReset.REPEAT_CURRENT_STAGE);
        ApprovalRouter r = ApprovalRouter.compile(repeat);
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = ApprovalProcess.submit(r, r.route(f, org, RATES, ON), f, BOB, T0)
                .approve(SALES_HEAD, h(1), "ok").approve(FIN, h(2), "ok");
        ContractFacts edited = f.withDeviations(new DeviationFacts(Set.of(), Set.of("liability"), Set.of(), false));
        ApprovalProcess q = p.materialChange(edited, r.route(edited, org, RATES, ON), h(3));
        // New route: department, legal-review, finance-legal(finance). Department stays approved.
        assertEquals(List.of("department", "legal-review", "finance-legal"), q.route().stageNames());
        assertEquals("legal-review", q.currentStage().orElseThrow().name());
        // u-fin's approval of the interrupted stage is void, so u-fin may approve again later.
        q = q.approve(LEGAL, h(4), "ok");
        assertEquals(Set.of(FIN, FIN2), q.pendingApprovers());
    }

    @Test
    void materialChange_otherFactOnly_decisionsStand() {
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = submit(f).approve(SALES_HEAD, h(1), "ok");
        ContractFacts sameMoney = sales("3000000.00").region("east").build();
        ApprovalProcess q = p.materialChange(sameMoney, p.route(), h(2));
        assertEquals("finance-legal", q.currentStage().orElseThrow().name());
        assertEquals(p.decisions().size(), q.decisions().size());
    }

    @Test
    void materialChange_routeFromAnotherVersion_refused() {
        ContractFacts f = sales("3000000.00").build();
        ApprovalProcess p = submit(f);
        ApprovalPolicy base = policy();
        ApprovalPolicy v2 = new ApprovalPolicy(base.id(), LocalDate.of(2027, 1, 1), base.currency(), Map.of(),
                base.stages(), base.rules(), base.separationOfDuties(), base.onMaterialChange());
        Route other = ApprovalRouter.compile(v2).route(f.withAmount(Money.of(1, "CNY")), org, RATES, ON);
        assertEquals(RuleError.POLICY_VERSION_CHANGED, assertThrows(ApprovalException.class,
                () -> p.materialChange(f.withAmount(Money.of(1, "CNY")), other, h(1))).error());
    }

    @Test
    void policyVersions_inForceOn_latestNotAfterDate() {
        ApprovalPolicy v1 = policy();
        ApprovalPolicy v2 = new ApprovalPolicy(v1.id(), LocalDate.of(2027, 1, 1), v1.currency(), Map.of(),
                v1.stages(), v1.rules(), v1.separationOfDuties(), v1.onMaterialChange());
        PolicyVersions versions = PolicyVersions.of(v2, v1);
        assertEquals(v1, versions.inForceOn(LocalDate.of(2026, 12, 31)).orElseThrow());
        assertEquals(v2, versions.inForceOn(LocalDate.of(2027, 1, 1)).orElseThrow());
        assertTrue(versions.inForceOn(LocalDate.of(2025, 12, 31)).isEmpty());
    }

    @Test
    void route_absentApproverWithDelegate_delegateSits() {
        OrgStructure away = orgBuilder()
                .absence(new Absence(SALES_HEAD, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27)))
                .delegation(new Delegation(SALES_HEAD, UserId.of("u-coo"), LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 27)))
                .build();
        Route r = router.route(sales("100000.00").build(), away, RATES, ON);
        Seat seat = r.stages().get(0).seats().get(0);
        assertEquals(List.of(COO), seat.candidates());
        assertTrue(seat.notes().get(0).contains("absent"), seat.notes().toString());
    }
}
