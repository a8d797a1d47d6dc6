package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.ON;
import static io.pactum.rules.approval.Fixtures.RATES;
import static io.pactum.rules.approval.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stored form of a process loses nothing: for processes driven by any sequence of decisions,
 * reading what was written gives the same state, and the process then accepts exactly the same
 * next decisions as the original.
 */
class ApprovalProcessJsonProperties {

    private static final ApprovalRouter ROUTER = Fixtures.router();
    private static final OrgStructure ORG = Fixtures.org();
    private static final ApprovalProcessJson.PolicyLookup LOOKUP = (id, version) ->
            id.equals(ROUTER.policy().id()) && version.equals(ROUTER.policy().effectiveFrom())
                    ? Optional.of(ROUTER) : Optional.empty();

    @Provide
    static Arbitrary<List<ProcessProperties.Step>> steps() {
        return ProcessProperties.steps();
    }

    @Provide
    static Arbitrary<ContractFacts> contracts() {
        Arbitrary<Map<String, AttributeValue>> attributes = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(AttributeValue::text),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3)
                        .map(AttributeValue::number),
                Arbitraries.of(true, false).map(AttributeValue::flag),
                Arbitraries.integers().between(0, 3000).map(d -> AttributeValue.date(LocalDate.of(2026, 1, 1).plusDays(d))))
                .list().ofMaxSize(3).map(values -> {
                    Map<String, AttributeValue> m = new TreeMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        m.put("attr" + i, values.get(i));
                    }
                    return m;
                });
        Arbitrary<Optional<String>> region = Arbitraries.of("CN-east", "EU").optional();
        return ProcessProperties.contracts().flatMap(f -> attributes.flatMap(a -> region.map(r ->
                new ContractFacts(f.contractId(), f.type(), f.direction(), f.amount(), f.riskLevel(), f.department(),
                        r.orElse(null), f.counterparty(), f.owner(), f.submitter(), a, f.budgetCeiling(),
                        f.deviations()))));
    }

    // Every state of every sequence is round-tripped, so fewer sequences than the default keep the build fast.
    @Property(tries = 250)
    void codec_anyProcess_roundTripsWithoutLoss(@ForAll("contracts") ContractFacts facts,
            @ForAll("steps") List<ProcessProperties.Step> steps) {
        Route route;
        try {
            route = ROUTER.route(facts, ORG, RATES, ON);
        } catch (ApprovalException e) {
            return;
        }
        ApprovalProcess p = ApprovalProcess.submit(ROUTER, route, facts, facts.submitter(), T0);
        Instant now = T0;
        for (ProcessProperties.Step s : steps) {
            now = now.plus(Duration.ofHours(s.hours()));
            try {
                p = ProcessProperties.apply(p, s, now, facts);
            } catch (ApprovalException expected) {
                // refused: unchanged
            }
            String json = ApprovalProcessJson.write(p);
            ApprovalProcess back = ApprovalProcessJson.read(json, LOOKUP);
            assertEquals(p.state(), back.state());
            assertEquals(json, ApprovalProcessJson.write(back));
            assertEquals(p.pendingApprovers(), back.pendingApprovers());
            assertEquals(p.slaDeadline(), back.slaDeadline());
        }
    }
}
