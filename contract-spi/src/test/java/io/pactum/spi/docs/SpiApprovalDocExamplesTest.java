package io.pactum.spi.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.VariableValues;
import io.pactum.rules.approval.ApprovalProcess;
import io.pactum.rules.facts.RateSource;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.runtime.ApprovalDecision;
import io.pactum.spi.runtime.CommandResult;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.TemplateDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library, drafting, approval and change code of docs/spi.md (SpiDocSnippetsTest checks the page holds it). */
class SpiApprovalDocExamplesTest {

    private static final TenantId ACME = TenantId.of("acme-group");
    private static final CallContext ADMIN = CallContext.of(ACME, UserId.of("root"), "setup");
    private static final CallContext ALICE = CallContext.of(ACME, UserId.of("u-alice"), "req-1");

    private static String resource(String name) {
        try (InputStream in = SpiApprovalDocExamplesTest.class.getResourceAsStream("/io/pactum/spi/runtime/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InMemoryDirectory directory() {
        // doc:directory
        InMemoryDirectory directory = InMemoryDirectory.create()
                .add(Person.of("u-alice", "sales", "contract-manager"), Person.of("u-sales-head", "sales", "approver"),
                        Person.of("u-fin", "finance", "approver", "finance"), Person.of("u-legal", "legal", "approver", "legal"),
                        Person.of("u-coo", "board", "approver", "coo"), Person.of("u-ceo", "board", "approver", "ceo"),
                        Person.of("root", "it", "admin"))
                .departmentHead(DepartmentId.of("sales"), UserId.of("u-sales-head"))
                .authorityLimit(UserId.of("u-sales-head"), Money.of("1000000.00", "CNY"))
                .authorityLimit(UserId.of("u-fin"), Money.of("10000000.00", "CNY"))
                .authorityLimit(UserId.of("u-legal"), Money.of("10000000.00", "CNY"))
                .authorityLimit(UserId.of("u-ceo"), Money.of("1000000000.00", "CNY"));
        // end
        return directory;
    }

    private static Contract sale(String id, String amount) {
        return Contract.builder().id(ContractId.of(id)).number("SC-2026-" + id).title("Sale " + id)
                .type(ContractTypeId.of("sales")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of("u-alice")).department(DepartmentId.of("sales")).value(Money.of(amount, "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .renewal(RenewalTerms.autoRenew(Period.ofYears(1), Period.ofMonths(3), 3))
                .tags(Set.of()).confidentiality(ConfidentialityLevel.INTERNAL).build();
    }

    private static ContractManager wired(MutableClock clock, RecordingOutbound outbound) {
        InMemoryStorage storage = InMemoryStorage.create();
        String policyJson = resource("contract-approval.json");
        String clauseJson = resource("library/liability-clause.json");
        String templateJson = resource("library/sales-simple.json");
        String salesTypeJson = resource("library/sales-type.json");
        // doc:library
        ContractManager manager = ContractManager.builder()
                .storage(storage)                                   // contracts and records: the library lives there too
                .directory(directory())
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .notifications(outbound)
                .integrationEvents(outbound)
                .signatures(outbound)
                .rates(RateSource.fixed(Map.of("USD/CNY", new BigDecimal("7.10"))))  // amounts and limits in other currencies
                .approvalPolicy("contract-approval")                // for contract types that name no policy
                .build();
        manager.library().putApprovalPolicy(ADMIN, policyJson);     // checked first: every problem at its JSON pointer
        manager.library().putClause(ADMIN, clauseJson);
        manager.library().putTemplate(ADMIN, templateJson);
        manager.library().putContractType(ADMIN, salesTypeJson);    // "approvalPolicyId": "contract-approval"
        // end
        return manager;
    }

    @Test
    void library_template_approval_signature() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        RecordingOutbound outbound = RecordingOutbound.create();
        ContractManager manager = wired(clock, outbound);
        Contract header = sale("c-7", "3000000.00");
        ContractId id = header.id();
        // doc:template
        VariableValues values = VariableValues.builder()
                .text("buyer", "ACME Trading")
                .money("price", Money.of("3000000.00", "CNY"))
                .build();
        TemplateDraft draft = TemplateDraft.of(header, TemplateId.of("sales-simple"), 1, values)
                .withVariant("liability", "cap-2x");                  // a pre-approved fallback: a deviation
        CommandResult created = manager.createDraftFromTemplate(ALICE, draft, "from the standard sale");
        // the contract carries the pin pactum.template = sales-simple@1; the document record holds the
        // text, its fingerprint and the deviations, which approval routing reads
        // end
        long r = created.contract().revision();
        CallContext head = CallContext.of(ACME, UserId.of("u-sales-head"), "req-2");
        CallContext fin = CallContext.of(ACME, UserId.of("u-fin"), "req-3");
        CallContext legal = CallContext.of(ACME, UserId.of("u-legal"), "req-4");
        // doc:approval
        CommandResult submitted = manager.submit(ALICE, id, r, "ready");           // routed: a process starts
        ApprovalProcess process = manager.approvalProcess(ALICE, id).orElseThrow();
        // process.route().stageNames() == [department, legal-review, finance-legal]
        long rev = submitted.contract().revision();
        manager.decide(head, id, rev, ApprovalDecision.approve("fits the plan"));   // contract unsaved, audited
        manager.decide(legal, id, rev, ApprovalDecision.approve("cap accepted"));   // legal-review done
        CommandResult approved = manager.decide(fin, id, rev, ApprovalDecision.approve("margin ok"));
        // the last stage is satisfied: the contract is APPROVED, contract.approved is emitted
        // end
        assertEquals(List.of("department", "legal-review", "finance-legal"), process.route().stageNames());
        assertEquals(ContractStatus.APPROVED, approved.contract().status());
        assertEquals(rev + 1, approved.contract().revision());

        // doc:signature
        CommandResult sent = manager.sendForSignature(ALICE, id, approved.contract().revision(),
                List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example")), "sign please");
        SignatureRequest request = (SignatureRequest) sent.messages().get(0);
        // request.documentFingerprint() is the composed document's fingerprint (SHA-256 of its Markdown)
        // end
        CommandResult signed = manager.recordSignature(legal, new SignatureOutcome(request.requestId(), id,
                request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Li Lei", clock.instant()), "");
        assertEquals(ContractStatus.SIGNED, signed.contract().status());
        CommandResult active = manager.activate(ALICE, id, signed.contract().revision(), "in force");

        // doc:change
        CommandResult amended = manager.amend(ALICE, id, active.contract().revision(),
                new Amendment.PriceChange("a-1", "more licences", LocalDate.of(2026, 7, 1), Money.of("3300000.00", "CNY")),
                "more licences");                                                   // emits contract.amended
        CommandResult renewed = manager.renew(ALICE, id, amended.contract().revision(), "customer stays");
        // renewed: the term runs to 2028-03-31, two renewals left; emits contract.renewed
        Contract inForceInJune = manager.termsInForce(ALICE, id, LocalDate.of(2026, 6, 30)).orElseThrow();
        // inForceInJune.value() == CNY 3,000,000.00: the price change takes effect on 1 July
        // end
        assertEquals(LocalDate.of(2028, 3, 31), renewed.contract().term().endDate());
        assertEquals(Money.of("3000000.00", "CNY"), inForceInJune.value());
        assertEquals(Money.of("3300000.00", "CNY"), renewed.contract().value());
    }

    @Test
    void escalation_asADueWorkStep() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        RecordingOutbound outbound = RecordingOutbound.create();
        ContractManager manager = wired(clock, outbound);
        long r = manager.createDraft(ALICE, sale("c-8", "500000.00"), "deal").contract().revision();
        manager.submit(ALICE, ContractId.of("c-8"), r, "ready");
        clock.advance(Duration.ofHours(49));
        // doc:escalation
        // once, when wiring: .dueWorkStep(manager.approvalEscalation(TenantId.of("acme-group")))
        int escalated = manager.escalateOverdueApprovals(ADMIN, clock.instant());   // or let runDueWork do it
        // the department stage waited past its SLA (PT48H): u-coo may now take the seat and is notified
        // end
        assertEquals(1, escalated);
        assertTrue(manager.approvalProcess(ADMIN, ContractId.of("c-8")).orElseThrow().pendingApprovers()
                .contains(UserId.of("u-coo")));
    }
}
