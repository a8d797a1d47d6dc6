package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ApprovalRig.ALICE;
import static io.pactum.spi.runtime.ApprovalRig.AMY;
import static io.pactum.spi.runtime.ApprovalRig.CEO;
import static io.pactum.spi.runtime.ApprovalRig.COO;
import static io.pactum.spi.runtime.ApprovalRig.DEPUTY;
import static io.pactum.spi.runtime.ApprovalRig.FIN;
import static io.pactum.spi.runtime.ApprovalRig.HEAD;
import static io.pactum.spi.runtime.ApprovalRig.INTERN;
import static io.pactum.spi.runtime.ApprovalRig.LEGAL;
import static io.pactum.spi.runtime.ApprovalRig.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.approval.ApprovalException;
import io.pactum.rules.approval.ApprovalProcess;
import io.pactum.rules.approval.DecisionKind;
import io.pactum.rules.approval.ProcessStatus;
import io.pactum.spi.SpiError;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.port.Delegation;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The realistic policy of docs/approval.md, end to end through the manager. */
class ApprovalFlowTest {

    private static final ContractId C1 = ContractId.of("c-1");

    private static ApprovalProcess process(ApprovalRig rig) {
        return rig.manager.approvalProcess(ROOT, C1).orElseThrow();
    }

    private static Set<String> notified(CommandResult r, String template) {
        return r.messages().stream().filter(m -> m instanceof Notification).map(m -> (Notification) m)
                .filter(n -> n.templateKey().equals(template)).map(n -> n.recipient().value()).collect(Collectors.toSet());
    }

    private static List<AuditEntry> audit(ApprovalRig rig) {
        return rig.storage.readAll(ROOT);
    }

    @Test
    void below1m_departmentHeadDecidesAlone() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.manager.createDraft(ALICE, ApprovalRig.contract("c-1", "500000.00", "u-alice"), "deal").contract()
                .revision();
        CommandResult submitted = rig.manager.submit(ALICE, C1, r, "ready");
        assertEquals(ContractStatus.IN_APPROVAL, submitted.contract().status());
        assertEquals(List.of("department"), process(rig).route().stageNames());
        assertEquals(Set.of("u-sales-head"), notified(submitted, "approval.requested"));

        CommandResult approved = rig.manager.approve(HEAD, C1, submitted.contract().revision(), "within budget");
        assertEquals(ContractStatus.APPROVED, approved.contract().status());
        assertEquals(ProcessStatus.APPROVED, process(rig).status());
        assertTrue(approved.messages().stream().anyMatch(m -> m instanceof IntegrationEvent e
                && e.type() == EventType.CONTRACT_APPROVED));
    }

    @Test
    void from1m_financeAndLegalInParallel_contractApprovedOnlyWhenBothHave() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "3000000.00");
        assertEquals(List.of("department", "finance-legal"), process(rig).route().stageNames());

        CommandResult head = rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("fine"));
        assertEquals(ContractStatus.IN_APPROVAL, head.contract().status());
        assertEquals(r, head.contract().revision(), "an intermediate decision leaves the contract unsaved");
        assertEquals(Set.of("u-fin", "u-legal"), notified(head, "approval.requested"));
        assertEquals("APPROVE", head.auditEntry().orElseThrow().action());

        CommandResult fin = rig.manager.decide(FIN, C1, r, ApprovalDecision.approve("numbers ok"));
        assertEquals(ContractStatus.IN_APPROVAL, fin.contract().status());
        assertEquals(Set.of(UserId.of("u-legal")), process(rig).pendingApprovers());

        CommandResult legal = rig.manager.decide(LEGAL, C1, r, ApprovalDecision.approve("terms ok"));
        assertEquals(ContractStatus.APPROVED, legal.contract().status());
        assertEquals(r + 1, legal.contract().revision());
        assertTrue(rig.manager.verifyAuditLog(ROOT, null).intact());
    }

    @Test
    void from10m_ceoFollows_oneRejectionThenRevisedAndResubmitted() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "12000000.00");
        assertEquals(List.of("department", "finance-legal", "ceo"), process(rig).route().stageNames());
        rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("ok"));
        CommandResult rejected = rig.manager.decide(FIN, C1, r, ApprovalDecision.reject("margin too thin"));
        assertEquals(ContractStatus.REJECTED, rejected.contract().status());
        assertEquals(Set.of("u-alice"), notified(rejected, "contract.rejected"));

        r = rig.manager.revise(ALICE, C1, rejected.contract().revision(), "raise the price").contract().revision();
        r = rig.manager.edit(ALICE, C1, r, b -> b.value(Money.of("12500000.00", "CNY")), "price up").contract().revision();
        r = rig.manager.submit(ALICE, C1, r, "again").contract().revision();
        ApprovalProcess second = process(rig);
        assertEquals(ProcessStatus.IN_APPROVAL, second.status());
        assertEquals(1, second.decisions().size(), "a new process after a rejection: " + second.decisions());

        for (var who : List.of(HEAD, FIN, LEGAL)) {
            assertEquals(ContractStatus.IN_APPROVAL, rig.manager.decide(who, C1, r, ApprovalDecision.approve("ok"))
                    .contract().status());
        }
        CommandResult ceo = rig.manager.decide(CEO, C1, r, ApprovalDecision.approve("go"));
        assertEquals(ContractStatus.APPROVED, ceo.contract().status());
        assertTrue(rig.manager.verifyAuditLog(ROOT, null).intact());
    }

    @Test
    void separationOfDuties_ownerNeverApprovesOwnContract_andNothingIsWritten() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.manager.createDraft(AMY, ApprovalRig.contract("c-1", "3000000.00", "u-amy"), "deal").contract()
                .revision();
        r = rig.manager.submit(AMY, C1, r, "ready").contract().revision();
        int entries = audit(rig).size();
        long processRevision = rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1"))
                .orElseThrow().revision();
        long rev = r;
        ApprovalException e = assertThrows(ApprovalException.class,
                () -> rig.manager.decide(AMY, C1, rev, ApprovalDecision.approve("looks great")));
        assertEquals(RuleError.SELF_APPROVAL, e.error());
        assertEquals(entries, audit(rig).size());
        assertEquals(processRevision, rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1"))
                .orElseThrow().revision());
    }

    @Test
    void authorityLimit_headBelowTheAmount_refusesTheRouteAndTheContractStaysDraft() {
        ApprovalRig rig = new ApprovalRig();
        rig.directory.authorityLimit(UserId.of("u-sales-head"), Money.of("100000.00", "CNY"));
        long r = rig.manager.createDraft(ALICE, ApprovalRig.contract("c-1", "500000.00", "u-alice"), "deal").contract()
                .revision();
        ApprovalException e = assertThrows(ApprovalException.class, () -> rig.manager.submit(ALICE, C1, r, "ready"));
        assertEquals(RuleError.AUTHORITY_NOT_COVERED, e.error());
        assertEquals(ContractStatus.DRAFT, rig.manager.get(ALICE, C1).orElseThrow().status());
        assertTrue(rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.APPROVAL_PROCESS, "c-1")).isEmpty());
    }

    @Test
    void delegation_headHandsTheSeatToTheDeputy_whoApproves() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        CommandResult delegated = rig.manager.decide(HEAD, C1, r, ApprovalDecision.delegateTo(UserId.of("u-deputy"),
                "on leave tomorrow"));
        assertEquals(Set.of("u-deputy"), notified(delegated, "approval.delegated"));
        assertEquals(ContractStatus.APPROVED, rig.manager.decide(DEPUTY, C1, r, ApprovalDecision.approve("ok"))
                .contract().status());
        assertEquals(UserId.of("u-deputy"), process(rig).decisions().get(2).actor());
    }

    @Test
    void absence_directoryDelegationInForce_routesTheSeatToTheStandIn() {
        ApprovalRig rig = new ApprovalRig();
        rig.directory.delegate(new Delegation(UserId.of("u-sales-head"), UserId.of("u-deputy"),
                rig.clock.instant().minus(Duration.ofDays(1)), rig.clock.instant().plus(Duration.ofDays(7))));
        long r = rig.submitted("c-1", "500000.00");
        assertEquals(Set.of(UserId.of("u-deputy")), process(rig).pendingApprovers());
        assertThrows(ApprovalException.class, () -> rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("back")));
        assertEquals(ContractStatus.APPROVED, rig.manager.decide(DEPUTY, C1, r, ApprovalDecision.approve("ok"))
                .contract().status());
    }

    @Test
    void escalation_afterTheSla_theCooMayTakeTheSeat() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        rig.clock.advance(Duration.ofHours(47));
        assertEquals(0, rig.manager.escalateOverdueApprovals(ROOT, rig.clock.instant()));
        assertThrows(ApprovalException.class, () -> rig.manager.decide(COO, C1, r, ApprovalDecision.approve("early")));

        rig.clock.advance(Duration.ofHours(2));
        ContractManager withStep = rig.manager;
        DueWorkReport report = withStep.runDueWork(rig.clock.instant());
        assertEquals(0, report.enqueued(), "the manager was built without the escalation step");
        DueWorkStep escalation = rig.manager.approvalEscalation(TenantId.of("acme-group"));
        assertEquals(List.of(), escalation.due(rig.clock.instant()));
        assertEquals(DecisionKind.ESCALATE, process(rig).decisions().get(1).kind());
        assertTrue(process(rig).pendingApprovers().contains(UserId.of("u-coo")));
        assertEquals(0, rig.manager.escalateOverdueApprovals(ROOT, rig.clock.instant().plusSeconds(60)),
                "a stage escalates once");
        List<AuditEntry> log = audit(rig);
        AuditEntry last = log.get(log.size() - 1);
        assertEquals("ESCALATE", last.action());
        assertEquals("pactum-runtime", last.actor());
        List<OutboxMessage> pending = rig.storage.pending(ROOT, 100).stream()
                .map(p -> p.message()).toList();
        assertTrue(pending.stream().anyMatch(m -> m instanceof Notification n && n.templateKey().equals("approval.escalated")
                && n.recipient().value().equals("u-coo")), pending.toString());

        assertEquals(ContractStatus.APPROVED, rig.manager.decide(COO, C1, r, ApprovalDecision.approve("unblocked"))
                .contract().status());
    }

    @Test
    void materialChange_afterAChangeRequest_voidsApprovalsOnTheNewRoute_andKeepsThePolicyVersion() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "3000000.00");
        rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("ok"));
        CommandResult changes = rig.manager.decide(FIN, C1, r, ApprovalDecision.requestChanges("split the payment"));
        assertEquals(ContractStatus.DRAFT, changes.contract().status());
        assertEquals(Set.of("u-alice"), notified(changes, "approval.changes-requested"));

        // A new policy version comes into force meanwhile; the running process keeps its own.
        String v2 = ApprovalRig.policyJson().replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-03-02\"")
                .replace("\"PT48H\", \"escalateTo\": { \"role\": \"coo\" } },\n    { \"name\": \"legal-review\"",
                        "\"PT24H\", \"escalateTo\": { \"role\": \"coo\" } },\n    { \"name\": \"legal-review\"");
        rig.manager.library().putApprovalPolicy(ROOT, v2);
        rig.clock.advance(Duration.ofDays(3));
        assertEquals(java.time.LocalDate.of(2026, 3, 2), rig.manager.library().approvalPolicyInForce(ROOT,
                "contract-approval", java.time.LocalDate.of(2026, 3, 4)).orElseThrow().effectiveFrom());
        assertEquals(Duration.ofHours(24), rig.manager.library().approvalPolicyInForce(ROOT, "contract-approval",
                java.time.LocalDate.of(2026, 3, 4)).orElseThrow().stage("department").orElseThrow().sla());

        long d = rig.manager.edit(ALICE, C1, changes.contract().revision(), b -> b.value(Money.of("12000000.00", "CNY")),
                "more scope").contract().revision();
        rig.manager.submit(ALICE, C1, d, "changed");
        ApprovalProcess p = process(rig);
        assertEquals(java.time.LocalDate.of(2026, 1, 1), p.router().policy().effectiveFrom());
        assertEquals(List.of("department", "finance-legal", "ceo"), p.route().stageNames());
        assertEquals("department", p.currentStage().orElseThrow().name());
        assertEquals(Set.of(UserId.of("u-sales-head")), p.pendingApprovers(), "the head's earlier approval is void");
        assertEquals(DecisionKind.RESUBMIT, p.decisions().get(p.decisions().size() - 1).kind());
    }

    @Test
    void repeatCurrentStagePolicy_resubmissionKeepsTheStagesApprovedBefore() {
        ApprovalRig rig = new ApprovalRig();
        String repeat = ApprovalRig.policyJson().replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-02-01\"")
                .replace("\"RESTART_ROUTE\"", "\"REPEAT_CURRENT_STAGE\"");
        rig.manager.library().putApprovalPolicy(ROOT, repeat);
        long r = rig.submitted("c-1", "3000000.00");
        rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("ok"));
        rig.manager.decide(FIN, C1, r, ApprovalDecision.approve("ok"));
        CommandResult changes = rig.manager.decide(LEGAL, C1, r, ApprovalDecision.requestChanges("cap it"));
        long d = rig.manager.edit(ALICE, C1, changes.contract().revision(), b -> b.value(Money.of("4000000.00", "CNY")),
                "price").contract().revision();
        rig.manager.submit(ALICE, C1, d, "changed");
        ApprovalProcess p = process(rig);
        assertEquals(java.time.LocalDate.of(2026, 2, 1), p.router().policy().effectiveFrom());
        assertEquals("finance-legal", p.currentStage().orElseThrow().name());
        assertEquals(Set.of(UserId.of("u-fin"), UserId.of("u-legal")), p.pendingApprovers());
    }

    @Test
    void revisedAfterApproval_theNewProcessKeepsTheApprovedOnesPolicyVersion() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        r = rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("ok")).contract().revision();
        String v2 = ApprovalRig.policyJson().replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-03-02\"");
        rig.manager.library().putApprovalPolicy(ROOT, v2);
        rig.clock.advance(Duration.ofDays(3));
        r = rig.manager.revise(ALICE, C1, r, "fix a typo").contract().revision();
        r = rig.manager.edit(ALICE, C1, r, b -> b.title("Sale c-1 (corrected)"), "typo").contract().revision();
        rig.manager.submit(ALICE, C1, r, "again");
        assertEquals(java.time.LocalDate.of(2026, 1, 1), process(rig).router().policy().effectiveFrom());
        assertEquals(ProcessStatus.IN_APPROVAL, process(rig).status());
    }

    @Test
    void dryRun_decisionIsComputedButNothingIsWritten() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        int entries = audit(rig).size();
        CommandResult preview = rig.manager.decide(HEAD.asDryRun(), C1, r, ApprovalDecision.approve("ok"));
        assertTrue(preview.dryRun());
        assertEquals(ContractStatus.APPROVED, preview.contract().status());
        assertTrue(preview.auditEntry().isEmpty());
        assertEquals(entries, audit(rig).size());
        assertEquals(ProcessStatus.IN_APPROVAL, process(rig).status());
        assertEquals(ContractStatus.IN_APPROVAL, rig.manager.get(ALICE, C1).orElseThrow().status());
    }

    @Test
    void denial_someoneWithoutTheRoleCannotDecide_andTheDenialIsAudited() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        assertThrows(AccessDeniedException.class, () -> rig.manager.decide(INTERN, C1, r, ApprovalDecision.approve("me")));
        List<AuditEntry> log = audit(rig);
        AuditEntry last = log.get(log.size() - 1);
        assertEquals(AuditOutcome.DENIED, last.outcome());
        assertEquals("u-intern", last.actor());
        assertEquals(ProcessStatus.IN_APPROVAL, process(rig).status());
    }

    @Test
    void decide_withoutAProcess_isRefused() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.manager.createDraft(ALICE, ApprovalRig.contract("c-1", "500000.00", "u-alice"), "deal").contract()
                .revision();
        PactumException e = assertThrows(PactumException.class,
                () -> rig.manager.decide(ALICE, C1, r, ApprovalDecision.withdraw("never mind")));
        assertEquals(SpiError.NO_APPROVAL_PROCESS, e.errorCode());
    }

    @Test
    void withdraw_byTheOwner_endsTheProcessAndTheNextSubmissionStartsAnew() {
        ApprovalRig rig = new ApprovalRig();
        long r = rig.submitted("c-1", "500000.00");
        CommandResult w = rig.manager.withdraw(ALICE, C1, r, "wrong customer");
        assertEquals(ContractStatus.DRAFT, w.contract().status());
        assertEquals(ProcessStatus.WITHDRAWN, process(rig).status());
        rig.manager.submit(ALICE, C1, w.contract().revision(), "right customer");
        assertEquals(ProcessStatus.IN_APPROVAL, process(rig).status());
        assertEquals(1, process(rig).decisions().size());
    }
}
