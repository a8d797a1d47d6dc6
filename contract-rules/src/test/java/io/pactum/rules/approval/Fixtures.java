package io.pactum.rules.approval;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Object mother: the realistic policy of the issue, an organisation, and contracts. */
final class Fixtures {

    static final LocalDate ON = LocalDate.of(2026, 11, 23);
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final RateSource RATES = RateSource.sameCurrencyOnly();

    static final UserId ALICE = UserId.of("u-alice");
    static final UserId BOB = UserId.of("u-bob");
    static final UserId SALES_HEAD = UserId.of("u-sales-head");
    static final UserId PROC_HEAD = UserId.of("u-proc-head");
    static final UserId FIN = UserId.of("u-fin");
    static final UserId FIN2 = UserId.of("u-fin2");
    static final UserId LEGAL = UserId.of("u-legal");
    static final UserId CTRL = UserId.of("u-ctrl");
    static final UserId CEO = UserId.of("u-ceo");
    static final UserId COO = UserId.of("u-coo");
    static final UserId CAROL = UserId.of("u-carol");

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApprovalPolicy policy() {
        return ApprovalPolicyJson.parse(resource("contract-approval.json"));
    }

    static ApprovalRouter router() {
        return ApprovalRouter.compile(policy());
    }

    static OrgStructure.Builder orgBuilder() {
        return OrgStructure.builder()
                .person("u-ceo", "board", null, "ceo")
                .person("u-coo", "board", "u-ceo", "coo")
                .person("u-sales-head", "sales", "u-coo", "department-head")
                .person("u-proc-head", "procurement", "u-coo", "department-head")
                .person("u-alice", "sales", "u-sales-head")
                .person("u-bob", "sales", "u-alice")
                .person("u-carol", "procurement", "u-proc-head")
                .person("u-fin", "finance", "u-coo", "finance")
                .person("u-fin2", "finance", "u-coo", "finance")
                .person("u-legal", "legal", "u-coo", "legal")
                .person("u-ctrl", "finance", "u-coo", "finance-controller")
                .group("legal-team", "u-legal")
                .departmentHead("sales", "u-sales-head")
                .departmentHead("procurement", "u-proc-head")
                .authority(AuthorityLimit.forRole("department-head", null, Money.of(1_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("coo", null, Money.of(5_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("finance", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("legal", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("finance-controller", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("ceo", null, Money.of(1_000_000_000, "CNY")));
    }

    static OrgStructure org() {
        return orgBuilder().build();
    }

    /** A sell-side sales contract owned by Alice, submitted by Bob. */
    static ContractFacts.Builder sales(String amount) {
        return ContractFacts.builder(ContractId.of("c-1"), ContractTypeId.of("sales"), Money.of(amount, "CNY"),
                DepartmentId.of("sales"), PartyId.of("p-acme"), ALICE, BOB)
                .direction(io.pactum.core.contract.Direction.SELL_SIDE);
    }

    /** A buy-side purchase owned and submitted by Carol in procurement. */
    static ContractFacts.Builder purchase(String amount) {
        return ContractFacts.builder(ContractId.of("c-2"), ContractTypeId.of("purchase"), Money.of(amount, "CNY"),
                DepartmentId.of("procurement"), PartyId.of("p-supplier"), CAROL, CAROL)
                .direction(io.pactum.core.contract.Direction.BUY_SIDE);
    }
}
