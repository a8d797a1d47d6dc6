package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ApprovalRig.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.approval.ApprovalProcess;
import io.pactum.rules.approval.Decision;
import io.pactum.rules.approval.DecisionKind;
import io.pactum.rules.approval.ProcessStatus;
import io.pactum.rules.approval.RouteStage;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiMother;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of approval commands through the manager (decisions by random people, edits,
 * resubmissions, revisions, the clock passing SLAs and escalation): after every command, the
 * contract is APPROVED only when its process is, and then every stage of the last round of the
 * route has the approvals its mode needs; the contract is in approval exactly when its process is;
 * the audit log verifies after every sequence.
 */
class ApprovalStatefulProperties {

    enum Kind { APPROVE, REJECT, REQUEST_CHANGES, DELEGATE, WITHDRAW, SUBMIT, REVISE, EDIT, ESCALATE, PROGRESS }

    record Step(Kind kind, String actor, String other, String amount, int hours) {
    }

    private static final List<String> PEOPLE = List.of("u-alice", "u-amy", "u-sales-head", "u-deputy", "u-fin",
            "u-legal", "u-ceo", "u-coo", "u-intern");
    private static final List<String> AMOUNTS = List.of("500000.00", "3000000.00", "12000000.00");
    private static final ContractId C1 = ContractId.of("c-1");

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.of(Kind.class)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.PROGRESS))).map(k -> k);
        return Combinators.combine(kinds, Arbitraries.of(PEOPLE), Arbitraries.of(PEOPLE), Arbitraries.of(AMOUNTS),
                Arbitraries.integers().between(0, 80)).as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 50)
    void randomDecisions_neverApproveWithoutEveryStage_andTheAuditVerifies(@ForAll("sequences") List<Step> steps,
            @ForAll("amounts") String amount) {
        ApprovalRig rig = new ApprovalRig();
        rig.submitted("c-1", amount);
        boolean approved = false;
        for (Step s : steps) {
            rig.clock.advance(Duration.ofHours(s.hours()));
            try {
                apply(rig, s);
            } catch (PactumException refused) {
                // Refused commands (access, separation of duties, illegal transitions) write nothing.
            }
            check(rig);
            approved |= rig.manager.get(ROOT, C1).orElseThrow().status() == ContractStatus.APPROVED;
        }
        assertTrue(rig.manager.verifyAuditLog(ROOT, null).intact());
        // check() judges an approval only when there is one: if no sequence ever reached APPROVED
        // (every command refused), the property would pass without having checked anything.
        Statistics.label("reached APPROVED").collect(approved);
        Statistics.label("reached APPROVED").coverage(c -> c.check(true).percentage(p -> p > 0));
    }

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.of(AMOUNTS);
    }

    private static void apply(ApprovalRig rig, Step s) {
        CallContext who = SpiMother.as(s.actor());
        long r = rig.manager.get(ROOT, C1).orElseThrow().revision();
        switch (s.kind()) {
            case APPROVE -> rig.manager.decide(who, C1, r, ApprovalDecision.approve("ok"));
            case REJECT -> rig.manager.decide(who, C1, r, ApprovalDecision.reject("no"));
            case REQUEST_CHANGES -> rig.manager.decide(who, C1, r, ApprovalDecision.requestChanges("change it"));
            case DELEGATE -> rig.manager.decide(who, C1, r, ApprovalDecision.delegateTo(UserId.of(s.other()), "away"));
            case WITHDRAW -> rig.manager.withdraw(who, C1, r, "withdrawn");
            case SUBMIT -> rig.manager.submit(who, C1, r, "submit");
            case REVISE -> rig.manager.revise(who, C1, r, "revise");
            case EDIT -> rig.manager.edit(who, C1, r, b -> b.value(Money.of(s.amount(), "CNY")), "edit");
            case ESCALATE -> rig.manager.escalateOverdueApprovals(ROOT, rig.clock.instant());
            default -> {
                Optional<ApprovalProcess> p = rig.manager.approvalProcess(ROOT, C1);
                Optional<UserId> next = p.flatMap(x -> x.pendingApprovers().stream().findFirst());
                if (next.isPresent()) {
                    rig.manager.decide(SpiMother.as(next.get().value()), C1, r, ApprovalDecision.approve("ok"));
                }
            }
        }
    }

    private static void check(ApprovalRig rig) {
        Contract c = rig.manager.get(ROOT, C1).orElseThrow();
        Optional<ApprovalProcess> p = rig.manager.approvalProcess(ROOT, C1);
        assertEquals(c.status() == ContractStatus.IN_APPROVAL,
                p.map(x -> x.status() == ProcessStatus.IN_APPROVAL).orElse(false), () -> c.status() + " vs " + p);
        if (c.status() != ContractStatus.APPROVED) {
            return;
        }
        ApprovalProcess process = p.orElseThrow();
        assertEquals(ProcessStatus.APPROVED, process.status());
        List<Decision> decisions = process.decisions();
        int roundStart = 0;
        for (int i = 0; i < decisions.size(); i++) {
            DecisionKind k = decisions.get(i).kind();
            if (k == DecisionKind.SUBMIT || k == DecisionKind.RESUBMIT || k == DecisionKind.RESET) {
                roundStart = i;
            }
        }
        List<Decision> round = decisions.subList(roundStart, decisions.size());
        for (RouteStage stage : process.route().stages()) {
            long approvals = round.stream().filter(d -> d.kind() == DecisionKind.APPROVE && d.stage().equals(stage.name()))
                    .map(Decision::actor).distinct().count();
            assertTrue(approvals >= stage.required(), stage.name() + " has " + approvals + " of " + stage.required()
                    + ": " + round);
            round.stream().filter(d -> d.kind() == DecisionKind.APPROVE).forEach(d -> {
                assertTrue(!d.actor().equals(c.owner()), "the owner approved: " + d);
            });
        }
    }
}
