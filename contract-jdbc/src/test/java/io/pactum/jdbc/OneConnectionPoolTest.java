package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.VariableValues;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.runtime.CommandResult;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.TemplateDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * A command runs on the one connection of its unit of work: drafting from a template and submitting
 * into an approval policy read the library (templates, clauses, policy versions, the contract type)
 * during the command, and must read it through the transaction. Over a pool of exactly one
 * connection, a read through the record store would wait for a second connection that the open
 * transaction never gives back (with N threads over a pool of N, every thread waits).
 */
class OneConnectionPoolTest {

    private static final CallContext OWNER = CallContext.of(TenantId.of("acme"), UserId.of("u-1"), "one-conn");
    private static final CallContext ROOT = CallContext.of(TenantId.of("acme"), UserId.of("root"), "one-conn");
    private static final ContractId C1 = ContractId.of("c-1");

    private static final String POLICY = """
            {
              "id": "service-approval", "effectiveFrom": "2026-01-01", "currency": "CNY",
              "stages": [ { "name": "department", "order": 10, "mode": "ANY", "sla": "PT48H" } ],
              "rules": [
                { "id": "all", "description": "every contract: the department head",
                  "adds": [ { "stage": "department", "approvers": [ { "departmentHead": true } ] } ] }
              ]
            }""";

    private static final String TYPE = """
            { "id": "service", "name": "Service", "fields": [], "approvalPolicyId": "service-approval",
              "numbering": "SC-{yyyy}-{seq:6}" }""";

    private static final String CLAUSE = """
            {
              "id": "en.liability", "category": "LIABILITY",
              "versions": [ { "version": 1, "status": "APPROVED", "approvedBy": "legal.li",
                "approvedAt": "2026-02-01T08:00:00Z", "locale": "en", "title": "Liability",
                "variants": [ { "key": "standard", "body": "Liability is capped at {{price | money}}." } ] } ]
            }""";

    private static final String TEMPLATE = """
            {
              "id": "service-simple", "name": "Simple service",
              "versions": [ { "version": 1, "status": "PUBLISHED", "contractType": "service", "locale": "en",
                "title": "Service Contract",
                "variables": [ { "name": "buyer", "type": "STRING" }, { "name": "price", "type": "MONEY" } ],
                "sections": [
                  { "anchor": "parties", "heading": "Parties", "body": "Made with {{buyer}} for {{price | money}}." },
                  { "anchor": "liability", "clause": "en.liability", "mandatory": true } ] } ]
            }""";

    /** A pool of exactly one connection; a second is refused after a second instead of half a minute. */
    private static TestDatabase.Fresh oneConnection(String name) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(1);
        pool.setLoginTimeout(1);
        TestDatabase.Fresh fresh = new TestDatabase.Fresh(pool, "SHUTDOWN");
        PactumSchema.migrate(fresh.dataSource());
        return fresh;
    }

    private static ContractManager manager(JdbcStorage storage) {
        ContractManager manager = ContractManager.builder().storage(storage)
                .directory(InMemoryDirectory.create()
                        .add(Person.of("u-1", "sales", "contract-manager"), Person.of("u-head", "sales", "approver"),
                                Person.of("root", "it", "admin"))
                        .departmentHead(DepartmentId.of("sales"), UserId.of("u-head"))
                        .authorityLimit(UserId.of("u-head"), Money.of("1000000.00", "CNY")))
                .accessPolicy(AccessPolicy.standard())
                .clock(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC))
                .build();
        manager.library().putApprovalPolicy(ROOT, POLICY);
        manager.library().putContractType(ROOT, TYPE);
        manager.library().putClause(ROOT, CLAUSE);
        manager.library().putTemplate(ROOT, TEMPLATE);
        return manager;
    }

    @Test
    void draftFromTemplateAndSubmit_poolOfOneConnection_runOnTheTransactionsConnection() {
        try (TestDatabase.Fresh fresh = oneConnection("pactum-one-connection-template")) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            ContractManager manager = manager(storage);
            Contract header = PactumSchemaTest.contract("c-1");
            VariableValues values = VariableValues.builder().text("buyer", "ACME Trading")
                    .money("price", Money.of("1200.00", "CNY")).build();
            CommandResult created = manager.createDraftFromTemplate(OWNER,
                    TemplateDraft.of(header, TemplateId.of("service-simple"), 1, values), "from template");
            String document = storage.getRecord(OWNER, RecordKey.of(RecordKind.DOCUMENT, "c-1")).orElseThrow().body();
            assertTrue(document.contains("Liability is capped at CNY 1,200.00."), document);

            CommandResult submitted = manager.submit(OWNER, C1, created.contract().revision(), "ready");
            assertEquals(ContractStatus.IN_APPROVAL, submitted.contract().status());
            assertEquals(List.of("department"), manager.approvalProcess(OWNER, C1).orElseThrow().route().stageNames());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @Test
    void plainDraftThenSubmit_poolOfOneConnection_routesThroughThePolicyOfTheContractType() {
        try (TestDatabase.Fresh fresh = oneConnection("pactum-one-connection-submit")) {
            ContractManager manager = manager(JdbcStorage.create(fresh.dataSource()));
            long r = manager.createDraft(OWNER, PactumSchemaTest.contract("c-1"), "new deal").contract().revision();
            CommandResult submitted = manager.submit(OWNER, C1, r, "ready");
            assertEquals(ContractStatus.IN_APPROVAL, submitted.contract().status());
            assertEquals(List.of("department"), manager.approvalProcess(OWNER, C1).orElseThrow().route().stageNames());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }
}
