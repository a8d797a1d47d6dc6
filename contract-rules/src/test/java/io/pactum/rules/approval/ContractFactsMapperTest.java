package io.pactum.rules.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.RiskLevel;
import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.contract.type.FieldDefinition;
import io.pactum.core.contract.type.FieldType;
import io.pactum.core.contract.type.NumberingPattern;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.template.DeviationReport;
import io.pactum.core.template.FallbackChoice;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.ContractFactsMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From the real model to a route: Contract + ContractType + DeviationReport → facts → plan. */
class ContractFactsMapperTest {

    private static final ContractType SALES = new ContractType(ContractTypeId.of("sales"), "Sales contract",
            Direction.SELL_SIDE, List.of(
                    FieldDefinition.of("projectCode", FieldType.STRING, false),
                    FieldDefinition.of("goLive", FieldType.DATE, false)),
            null, "contract-approval", null, null, NumberingPattern.parse("SA-{yyyy}-{seq:5}"));

    private static Contract contract(String amount) {
        return Contract.builder()
                .id(ContractId.of("c-1")).number("SA-2026-00001").title("Server sale").type(SALES.id())
                .direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("p-acme", "ACME", PartyRole.CUSTOMER))
                .owner(Fixtures.ALICE).department(DepartmentId.of("sales"))
                .value(Money.of(amount, "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .customField("projectCode", AttributeValue.text("PRJ-7"))
                .customField("goLive", AttributeValue.date(LocalDate.of(2026, 3, 1)))
                .build();
    }

    private static DeviationReport liabilityFallback() {
        return new DeviationReport(List.of(new FallbackChoice("liability", ClauseId.of("liability-cap"), 1,
                ClauseCategory.LIABILITY, "cap-2x", RiskLevel.MEDIUM, true)), List.of(), List.of());
    }

    @Test
    void from_realContract_mapsFactsAndAttributesByTheirTypes() {
        ContractFacts facts = ContractFactsMapper.from(contract("2000000"), SALES, liabilityFallback(),
                io.pactum.rules.facts.RiskLevel.MEDIUM, Fixtures.BOB);
        assertEquals("p-acme", facts.counterparty().value());
        assertEquals(Direction.SELL_SIDE, facts.direction());
        assertEquals(Set.of("liability"), facts.deviations().fallbackCategories());
        assertTrue(facts.deviations().extraApprovalRequired());
        assertEquals(io.pactum.rules.facts.AttributeValue.date(LocalDate.of(2026, 3, 1)),
                facts.attribute("goLive").orElseThrow());
    }

    @Test
    void plan_twoMillionWithLiabilityFallback_followsTheRealisticPolicy() {
        ContractFacts facts = ContractFactsMapper.from(contract("2000000"), SALES, liabilityFallback(),
                io.pactum.rules.facts.RiskLevel.MEDIUM, Fixtures.BOB);
        RoutePlan plan = Fixtures.router().plan(facts, Fixtures.RATES);
        // 2,000,000 is in [1,000,000, 10,000,000): rule from-1m; the liability fallback adds
        // non-standard-liability. Stages by order: department (10), legal-review (15), finance-legal (20).
        assertEquals(List.of("from-1m", "non-standard-liability"), plan.matchedRules());
        assertEquals(List.of("department", "legal-review", "finance-legal"),
                plan.stages().stream().map(s -> s.stage().name()).toList());
    }

    @Test
    void plan_standardSmallContract_departmentHeadOnly() {
        ContractFacts facts = ContractFactsMapper.from(contract("999999.99"), SALES, DeviationReport.none(),
                io.pactum.rules.facts.RiskLevel.LOW, Fixtures.BOB);
        RoutePlan plan = Fixtures.router().plan(facts, Fixtures.RATES);
        assertEquals(List.of("below-1m"), plan.matchedRules());
        assertEquals(List.of("department"), plan.stages().stream().map(s -> s.stage().name()).toList());
    }

    @Test
    void from_noCounterparty_typedErrorAtParties() {
        Contract alone = contract("1").edit(b -> b.parties(List.of(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))));
        var e = assertThrows(PactumException.class, () -> ContractFactsMapper.from(alone, SALES,
                DeviationReport.none(), io.pactum.rules.facts.RiskLevel.LOW, Fixtures.BOB));
        assertEquals(CoreError.REQUIRED, e.errorCode());
        assertEquals("/parties", e.path());
    }

    @Test
    void from_valueNotFittingItsField_typedErrorAtItsPointer() {
        Contract bad = contract("1").edit(b -> b.customField("goLive", AttributeValue.text("2026-02-30")));
        var e = assertThrows(PactumException.class, () -> ContractFactsMapper.from(bad, SALES,
                DeviationReport.none(), io.pactum.rules.facts.RiskLevel.LOW, Fixtures.BOB));
        assertEquals(CoreError.FIELD_TYPE_MISMATCH, e.errorCode());
        assertEquals("/customFields/goLive", e.path());
    }
}
