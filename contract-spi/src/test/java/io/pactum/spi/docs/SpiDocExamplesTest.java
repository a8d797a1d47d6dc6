package io.pactum.spi.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.access.AccessRule;
import io.pactum.spi.access.Action;
import io.pactum.spi.access.Scope;
import io.pactum.spi.audit.AuditCheckpoint;
import io.pactum.spi.audit.AuditVerification;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.CommandResult;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DispatchPolicy;
import io.pactum.spi.runtime.DispatchReport;
import io.pactum.spi.runtime.DueMessage;
import io.pactum.spi.runtime.DueWorkReport;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code of docs/spi.md; the page holds these regions verbatim (SpiDocSnippetsTest checks). */
class SpiDocExamplesTest {

    @Test
    void wiring_inMemory_runsTheLifecycle() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        Contract draft = SpiMother.draft("c-1");
        // doc:wiring
        InMemoryStorage storage = InMemoryStorage.create();          // contracts, unit of work, outbox, audit
        RecordingOutbound outbound = RecordingOutbound.create();     // notifications, events, e-signature
        InMemoryDirectory directory = InMemoryDirectory.create()
                .add(Person.of("u-zhang", "sales-east", "contract-manager"), Person.of("u-wang", "finance", "approver"))
                .departmentHead(DepartmentId.of("sales-east"), UserId.of("u-wang"));
        ContractManager manager = ContractManager.builder()
                .storage(storage)
                .directory(directory)
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .notifications(outbound)
                .integrationEvents(outbound)
                .signatures(outbound)
                .dispatchPolicy(new DispatchPolicy(10, Duration.ofSeconds(30), Duration.ofHours(1), 500))
                .build();

        CallContext zhang = CallContext.of(TenantId.of("acme-group"), UserId.of("u-zhang"), "req-1");
        CallContext wang = CallContext.of(TenantId.of("acme-group"), UserId.of("u-wang"), "req-2");
        CommandResult created = manager.createDraft(zhang, draft, "new deal");
        CommandResult submitted = manager.submit(zhang, draft.id(), created.contract().revision(), "ready");
        CommandResult approved = manager.approve(wang, draft.id(), submitted.contract().revision(), "within budget");

        DispatchReport report = manager.dispatchOutbox(clock.instant());  // the host's scheduler calls this
        // end
        assertEquals(ContractStatus.APPROVED, approved.contract().status());
        assertEquals(3, approved.contract().revision());
        // submit notifies the department head; approve emits contract.approved and notifies the owner
        assertEquals(new DispatchReport(3, 0, 0, 0), report);
        assertEquals(3, outbound.effects().size());
    }

    @Test
    void audit_exportCheckpointThenVerify() {
        SpiMother.Rig rig = SpiMother.rig();
        InMemoryStorage storage = rig.storage();
        CallContext ctx = SpiMother.as("u-zhang");
        rig.manager().createDraft(ctx, SpiMother.draft("c-1"), "");
        // doc:audit
        AuditCheckpoint checkpoint = storage.checkpoint(ctx);   // export: print it, mail it, store it elsewhere
        // ... later, maybe on another machine:
        AuditVerification verdict = AuditVerifier.verify(storage.readAll(ctx), checkpoint);
        if (!verdict.intact()) {
            throw new IllegalStateException("audit log tampered with: " + verdict.problems());
        }
        // end
        assertTrue(verdict.intact());
        assertEquals(1, checkpoint.sequence());
    }

    @Test
    void policy_asData_denyByDefault() {
        // doc:policy
        AccessPolicy policy = AccessPolicy.of(
                new AccessRule("sales drafts its own department's contracts", Set.of("contract-manager"),
                        EnumSet.of(Action.READ, Action.CREATE, Action.EDIT, Action.SUBMIT), Set.of(ContractStatus.DRAFT),
                        io.pactum.core.contract.ConfidentialityLevel.CONFIDENTIAL, Scope.OWN_DEPARTMENT),
                new AccessRule("finance approves", Set.of("approver"), EnumSet.of(Action.APPROVE, Action.REJECT),
                        Set.of(ContractStatus.IN_APPROVAL), io.pactum.core.contract.ConfidentialityLevel.CONFIDENTIAL,
                        Scope.ANY_DEPARTMENT));
        // anything no rule allows is denied, and the denial is an audit entry
        // end
        Person zhang = Person.of("u-zhang", "sales-east", "contract-manager");
        assertTrue(policy.decide(zhang, Action.CREATE, SpiMother.draft("c-1")).allowed());
        assertEquals(false, policy.decide(zhang, Action.APPROVE, SpiMother.draft("c-1")).allowed());
    }

    @Test
    void dueWork_reminderStep_onceAcrossRuns() {
        InMemoryStorage storage = InMemoryStorage.create();
        RecordingOutbound outbound = RecordingOutbound.create();
        // doc:duework
        ContractManager manager = ContractManager.builder()
                .storage(storage)
                .directory(InMemoryDirectory.create())
                .notifications(outbound)
                .dueWorkStep(now -> List.of(new DueMessage(TenantId.of("acme-group"),
                        new Notification("reminder:c-1:instalment-1", UserId.of("u-zhang"), "email", "obligation.due",
                                Map.of("obligation", "instalment 1"), ContractId.of("c-1")))))
                .build();
        DueWorkReport first = manager.runDueWork(Instant.parse("2026-04-01T09:00:00Z"));
        DueWorkReport second = manager.runDueWork(Instant.parse("2026-04-01T10:00:00Z"));
        // the key "reminder:c-1:instalment-1" is kept once: first.enqueued() == 1, second.enqueued() == 0
        // end
        assertEquals(1, first.enqueued());
        assertEquals(0, second.enqueued());
        assertEquals(1, outbound.deliveries().size());
    }
}
