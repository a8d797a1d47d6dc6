package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Routing holds for every contract: one route, authority covered, nobody routed to their own contract. */
class RoutingProperties {

    static final List<String> PEOPLE = List.of("u-alice", "u-bob", "u-carol", "u-sales-head", "u-proc-head", "u-fin",
            "u-legal", "u-ceo", "u-coo", "u-ctrl");

    private static final ApprovalRouter ROUTER = router();
    /** The CEO may approve only up to 30,000,000 CNY, so that some large routes are refused. */
    private static final OrgStructure ORG = orgBuilder()
            .authority(AuthorityLimit.forUser(UserId.of("u-coo"), ContractTypeId.of("nda"), Money.of(1, "CNY")))
            .build();
    private static final OrgStructure CAPPED = cappedOrg();

    private static OrgStructure cappedOrg() {
        OrgStructure.Builder b = OrgStructure.builder();
        ORG.people().values().forEach(p -> b.person(p.id().value(), p.department().value(),
                p.manager() == null ? null : p.manager().value(), p.roles().toArray(String[]::new)));
        b.departmentHead("sales", "u-sales-head").departmentHead("procurement", "u-proc-head");
        ORG.authorityLimits().stream().filter(l -> !"ceo".equals(l.role())).forEach(b::authority);
        b.authority(AuthorityLimit.forRole("ceo", null, Money.of(30_000_000, "CNY")));
        return b.build();
    }

    @Provide
    static Arbitrary<ContractFacts> contracts() {
        Arbitrary<Long> cents = Arbitraries.longs().between(0, 5_000_000_000L);
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<Set<String>> categories = Arbitraries.of("liability", "payment", "ip").set().ofMaxSize(2);
        Arbitrary<String> dept = Arbitraries.of("sales", "procurement");
        Arbitrary<String> person = Arbitraries.of(PEOPLE);
        Arbitrary<Long> budget = Arbitraries.longs().between(-1, 2_000_000_000L);
        Arbitrary<String> type = Arbitraries.of("sales", "purchase", "nda");
        return Combinators.combine(cents, direction, categories, categories, dept, person, person, budget)
                .as((c, d, fb, ed, dp, owner, submitter, bud) -> {
                    ContractFacts.Builder b = ContractFacts.builder(ContractId.of("c-p"), ContractTypeId.of("sales"),
                            Money.ofMinor(c, java.util.Currency.getInstance("CNY")), DepartmentId.of(dp),
                            PartyId.of("p-x"), UserId.of(owner), UserId.of(submitter)).direction(d)
                            .deviations(new DeviationFacts(fb, ed, Set.of(), false));
                    if (bud >= 0) {
                        b.budgetCeiling(Money.ofMinor(bud, java.util.Currency.getInstance("CNY")));
                    }
                    return b;
                }).flatMap(b -> type.map(t -> {
                    ContractFacts f = b.build();
                    return new ContractFacts(f.contractId(), ContractTypeId.of(t), f.direction(), f.amount(),
                            f.riskLevel(), f.department(), f.region(), f.counterparty(), f.owner(), f.submitter(),
                            f.attributes(), f.budgetCeiling(), f.deviations());
                }));
    }

    @Property
    void plan_anyContract_exactlyOneNonEmptyPlan(@ForAll("contracts") ContractFacts facts) {
        RoutePlan plan = ROUTER.plan(facts, RATES);
        assertFalse(plan.stages().isEmpty());
        assertFalse(plan.matchedRules().isEmpty());
        // The catch-all applies alone, and only when no other rule did.
        boolean catchAll = plan.matchedRules().contains("otherwise");
        assertTrue(!catchAll || plan.matchedRules().size() == 1);
        // Exactly one of the amount bands applies.
        long bands = plan.matchedRules().stream().filter(r -> r.startsWith("below") || r.startsWith("from")).count();
        assertEquals(catchAll ? 0 : 1, bands);
        assertEquals(plan, ROUTER.plan(facts, RATES));
    }

    @Property
    void route_anyContract_routeOrTypedRefusal_finalAuthorityCoversAmount(@ForAll("contracts") ContractFacts facts) {
        for (OrgStructure org : List.of(ORG, CAPPED)) {
            Route route;
            try {
                route = ROUTER.route(facts, org, RATES, ON);
            } catch (ApprovalException e) {
                assertTrue(Set.of(RuleError.AUTHORITY_NOT_COVERED, RuleError.NO_ELIGIBLE_APPROVER,
                        RuleError.TWO_PERSON_RULE, RuleError.QUORUM_UNREACHABLE).contains(e.error()), e.getMessage());
                continue;
            }
            assertFalse(route.stages().isEmpty());
            RouteStage last = route.stages().get(route.stages().size() - 1);
            for (Seat seat : last.seats()) {
                for (UserId u : seat.candidates()) {
                    Money limit = org.authorityOf(u, facts.type(), route.amount().currency(), RATES).orElseThrow();
                    assertTrue(limit.compareTo(route.amount()) >= 0, u + " " + limit + " < " + route.amount());
                }
            }
            for (RouteStage s : route.stages()) {
                assertFalse(s.reasons().isEmpty());
                for (Seat seat : s.seats()) {
                    assertFalse(seat.candidates().contains(facts.owner()));
                    assertFalse(seat.candidates().contains(facts.submitter()));
                }
            }
        }
    }
}
