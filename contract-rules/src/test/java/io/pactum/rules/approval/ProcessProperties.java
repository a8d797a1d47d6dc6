package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.UserId;
import io.pactum.rules.facts.ContractFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
 * Over any sequence of decisions: nobody approves their own contract or twice in one route, and
 * the process ends approved only when every stage's mode is satisfied.
 */
class ProcessProperties {

    private static final ApprovalRouter ROUTER = router();
    private static final OrgStructure ORG = org();

    /** One attempted step: what, by whom, how many hours later. */
    record Step(int kind, String actor, String other, int hours) {
    }

    @Provide
    static Arbitrary<List<Step>> steps() {
        Arbitrary<String> person = Arbitraries.of(RoutingProperties.PEOPLE);
        return Combinators.combine(Arbitraries.integers().between(0, 10), person, person,
                Arbitraries.integers().between(0, 60)).as(Step::new).list().ofMaxSize(25);
    }

    @Provide
    static Arbitrary<ContractFacts> contracts() {
        return RoutingProperties.contracts();
    }

    @Property
    void process_anyDecisions_separationOfDutiesAndModesHold(@ForAll("contracts") ContractFacts facts,
            @ForAll("steps") List<Step> steps) {
        Route route;
        try {
            route = ROUTER.route(facts, ORG, RATES, ON);
        } catch (ApprovalException e) {
            return;
        }
        ApprovalProcess p = ApprovalProcess.submit(ROUTER, route, facts, facts.submitter(), T0);
        Instant now = T0;
        for (Step s : steps) {
            now = now.plus(Duration.ofHours(s.hours()));
            try {
                p = apply(p, s, now, facts);
            } catch (ApprovalException expected) {
                // A refused decision leaves the process as it was.
            }
        }
        net.jqwik.api.statistics.Statistics.collect(p.status());
        check(p, facts);
    }

    static ApprovalProcess apply(ApprovalProcess p, Step s, Instant now, ContractFacts facts) {
        UserId actor = UserId.of(s.actor());
        switch (s.kind()) {
            case 0:
            case 1:
            case 2:
            case 3:
                return p.approve(actor, now, "ok");
            case 4:
                return p.reject(actor, now, "no");
            case 5:
                return p.delegate(actor, UserId.of(s.other()), now, "away");
            case 6:
                return p.escalate(now);
            case 7:
                return p.requestChanges(actor, now, "change it");
            case 8:
                return p.resubmit(actor, p.facts(), p.route(), now);
            case 10:
                return p.withdraw(actor, now, "withdrawn");
            default:
                // Approve as one of the pending approvers, so that processes also run to the end.
                Set<UserId> pending = p.pendingApprovers();
                return pending.isEmpty() ? p : p.approve(pending.iterator().next(), now, "ok");
        }
    }

    private static void check(ApprovalProcess p, ContractFacts facts) {
        Set<UserId> approvedInRound = new HashSet<>();
        Map<String, Integer> approvalsInRound = new HashMap<>();
        for (Decision d : p.decisions()) {
            if (d.kind() == DecisionKind.RESUBMIT || d.kind() == DecisionKind.RESET) {
                approvedInRound.clear();
                approvalsInRound.clear();
            }
            if (d.kind() == DecisionKind.APPROVE) {
                UserId actor = d.actor();
                assertFalse(facts.owner().equals(actor) || facts.submitter().equals(actor), "self approval " + d);
                assertTrue(approvedInRound.add(actor), actor + " approved twice in one route");
                approvalsInRound.merge(d.stage(), 1, Integer::sum);
            }
        }
        if (p.status() == ProcessStatus.APPROVED) {
            for (RouteStage stage : p.route().stages()) {
                int got = approvalsInRound.getOrDefault(stage.name(), 0);
                assertTrue(got >= stage.required(), stage.name() + " approved " + got + " of " + stage.required());
            }
        }
    }
}
