package io.pactum.rules.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.RateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/approval.md shows the policy the tests use, and its code runs as written. */
class DocsTest {

    @Test
    void approvalDoc_showsTheTestedPolicyUnchanged() throws IOException {
        String doc = Files.readString(Path.of("../docs/approval.md"));
        String policy = Fixtures.resource("contract-approval.json").strip();
        assertTrue(doc.contains("```json\n" + policy + "\n```"), "docs/approval.md must show contract-approval.json");
    }

    @Test
    void approvalDoc_routingExample_runsAsWritten() {
        String json = Fixtures.resource("contract-approval.json");
        OrgStructure org = Fixtures.org();
        ContractId contractId = ContractId.of("c-1");
        UserId owner = Fixtures.ALICE;
        UserId submitter = Fixtures.BOB;
        // From here on as in docs/approval.md.
        ApprovalPolicy policy = ApprovalPolicyJson.parse(json);          // read + static checks
        ApprovalRouter router = ApprovalRouter.compile(policy);          // conditions compiled once
        List<Violation> problems = ApprovalRouter.check(policy, org);    // unknown roles, groups, users

        ContractFacts facts = ContractFacts.builder(contractId, ContractTypeId.of("sales"),
                Money.of("3000000.00", "CNY"), DepartmentId.of("sales"), PartyId.of("p-acme"), owner, submitter)
            .direction(Direction.SELL_SIDE)
            .deviations(new DeviationFacts(Set.of("liability"), Set.of(), Set.of(), false))
            .build();
        Route route = router.route(facts, org, RateSource.sameCurrencyOnly(), LocalDate.of(2026, 11, 23));
        assertEquals(List.of("department", "legal-review", "finance-legal"), route.stageNames());
        assertEquals(List.of(), problems);
    }
}
