package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.IllegalTransitionException;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.SpiMother.Rig;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractManagerTest {

    private static final ContractId C1 = ContractId.of("c-1");
    private static final CallContext ZHANG = as("u-zhang");
    private static final CallContext WANG = as("u-wang");
    private static final CallContext LI = as("u-li");
    private static final List<Signer> SIGNERS = List.of(new Signer(PartyId.of("acme"), "Li Lei", "li.lei@acme.example"));

    @Test
    void fullLifecycle_draftToArchive_writesOneAuditEntryPerCommandAndTheEvents() {
        Rig rig = SpiMother.rig();
        ContractManager m = rig.manager();
        long r = m.createDraft(ZHANG, draft("c-1"), "new deal").contract().revision();
        assertEquals(1, r);
        r = m.submit(ZHANG, C1, r, "ready").contract().revision();
        r = m.approve(WANG, C1, r, "fine").contract().revision();
        CommandResult sent = m.sendForSignature(ZHANG, C1, r, SIGNERS, "sign please");
        SignatureRequest request = (SignatureRequest) sent.messages().get(0);
        rig.clock().advance(Duration.ofDays(2));
        CommandResult signed = m.recordSignature(LI, new SignatureOutcome(request.requestId(), C1,
                request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Li Lei", rig.clock().instant()), "");
        assertEquals(ContractStatus.SIGNED, signed.contract().status());
        r = signed.contract().revision();
        r = m.activate(ZHANG, C1, r, "effective").contract().revision();
        r = m.suspend(ZHANG, C1, r, "dispute").contract().revision();
        r = m.resume(ZHANG, C1, r, "settled").contract().revision();
        r = m.terminate(LI, C1, r, "breach of contract").contract().revision();
        CommandResult archived = m.archive(ZHANG, C1, r, "closing");
        // 11 commands: create, submit, approve, send, record, activate, suspend, resume, terminate, archive = 10
        assertEquals(ContractStatus.ARCHIVED, archived.contract().status());
        assertEquals(10, archived.contract().revision());
        List<AuditEntry> log = rig.storage().readAll(ZHANG);
        assertEquals(10, log.size());
        assertEquals(List.of("CREATE", "SUBMIT", "APPROVE", "SEND_FOR_SIGNATURE", "RECORD_SIGNATURE", "ACTIVATE",
                "SUSPEND", "RESUME", "TERMINATE", "ARCHIVE"), log.stream().map(AuditEntry::action).toList());
        assertTrue(m.verifyAuditLog(ZHANG, rig.storage().checkpoint(ZHANG)).intact());
        assertNull(log.get(0).beforeFingerprint(), "nothing existed before the create");
        assertEquals(log.get(0).afterFingerprint(), log.get(1).beforeFingerprint());

        m.dispatchOutbox(rig.clock().instant());
        // submitted → head notified; approved → event + owner notified; signature request; signed, activated,
        // terminated → events: 7 messages
        assertEquals(7, rig.outbound().effects().size());
        assertEquals(List.of(EventType.CONTRACT_APPROVED, EventType.CONTRACT_SIGNED, EventType.CONTRACT_ACTIVATED,
                EventType.CONTRACT_TERMINATED), rig.outbound().events().stream().map(IntegrationEvent::type).toList());
        assertEquals(List.of("contract.submitted", "contract.approved"),
                rig.outbound().notifications().stream().map(Notification::templateKey).toList());
        assertEquals("u-head", rig.outbound().notifications().get(0).recipient().value());
    }

    @Test
    void submit_staleRevision_conflictAndNothingWritten() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> rig.manager().submit(ZHANG, C1, 7, "stale"));
        assertEquals(SpiError.REVISION_CONFLICT, e.errorCode());
        assertEquals(1, e.actualRevision());
        assertEquals(ContractStatus.DRAFT, rig.storage().get(ZHANG, C1).orElseThrow().status());
        assertEquals(1, rig.storage().readAll(ZHANG).size());
    }

    @Test
    void approve_byContractManager_deniedAuditedAndNothingChanged() {
        Rig rig = SpiMother.rig();
        ContractManager m = rig.manager();
        m.createDraft(ZHANG, draft("c-1"), "");
        m.submit(ZHANG, C1, 1, "");
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> m.approve(ZHANG, C1, 2, "self"));
        assertEquals(SpiError.ACCESS_DENIED, e.errorCode());
        List<AuditEntry> log = rig.storage().readAll(ZHANG);
        assertEquals(3, log.size());
        AuditEntry denial = log.get(2);
        assertEquals(AuditOutcome.DENIED, denial.outcome());
        assertEquals("APPROVE", denial.action());
        assertEquals("u-zhang", denial.actor());
        assertNull(denial.afterFingerprint());
        assertEquals(2, rig.storage().get(ZHANG, C1).orElseThrow().revision());
        assertTrue(m.verifyAuditLog(ZHANG, null).intact());
    }

    @Test
    void createDraft_otherDepartmentOwnedByAnother_denied() {
        Rig rig = SpiMother.rig();
        var foreign = draft("c-9").toBuilder().department(io.pactum.core.contract.DepartmentId.of("finance"))
                .owner(io.pactum.core.contract.UserId.of("u-wang")).build();
        assertThrows(AccessDeniedException.class, () -> rig.manager().createDraft(ZHANG, foreign, ""));
        assertTrue(rig.storage().get(ZHANG, ContractId.of("c-9")).isEmpty());
    }

    @Test
    void createDraft_strictlyConfidentialOfAnotherOwner_deniedEvenToTheDepartment() {
        Rig rig = SpiMother.rig();
        var secret = draft("c-8").toBuilder().confidentiality(ConfidentialityLevel.STRICTLY_CONFIDENTIAL)
                .owner(io.pactum.core.contract.UserId.of("u-head")).build();
        assertThrows(AccessDeniedException.class, () -> rig.manager().createDraft(ZHANG, secret, ""));
    }

    @Test
    void command_unknownActor_typedErrorAndAuditedDenial() {
        Rig rig = SpiMother.rig();
        PactumException e = assertThrows(PactumException.class,
                () -> rig.manager().createDraft(as("u-ghost"), draft("c-1"), ""));
        assertEquals(SpiError.UNKNOWN_ACTOR, e.errorCode());
        assertEquals(AuditOutcome.DENIED, rig.storage().readAll(ZHANG).get(0).outcome());
    }

    @Test
    void command_actorWithoutRoles_denied() {
        Rig rig = SpiMother.rig();
        assertThrows(AccessDeniedException.class, () -> rig.manager().createDraft(as("u-zhao"), draft("c-1"), ""));
    }

    @Test
    void command_denyAllPolicyByDefault_deniesEvenAdmin() {
        InMemoryStorage storage = InMemoryStorage.create();
        ContractManager m = ContractManager.builder().storage(storage).directory(SpiMother.directory()).build();
        assertThrows(AccessDeniedException.class, () -> m.createDraft(as("root"), draft("c-1"), ""));
    }

    @Test
    void activate_fromDraft_illegalTransitionAndNoAudit() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        assertThrows(IllegalTransitionException.class, () -> rig.manager().activate(ZHANG, C1, 1, ""));
        assertEquals(1, rig.storage().readAll(ZHANG).size());
    }

    @Test
    void createDraft_twice_contractExists() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        PactumException e = assertThrows(PactumException.class, () -> rig.manager().createDraft(ZHANG, draft("c-1"), ""));
        assertEquals(SpiError.CONTRACT_EXISTS, e.errorCode());
    }

    @Test
    void submit_unknownContract_notFound() {
        PactumException e = assertThrows(PactumException.class,
                () -> SpiMother.rig().manager().submit(ZHANG, ContractId.of("nope"), 1, ""));
        assertEquals(SpiError.CONTRACT_NOT_FOUND, e.errorCode());
    }

    @Test
    void reject_blankReason_badArgument() {
        Rig rig = SpiMother.rig();
        PactumException e = assertThrows(PactumException.class, () -> rig.manager().reject(WANG, C1, 2, " "));
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode());
        assertEquals("reason", e.path());
    }

    @Test
    void reject_notifiesOwnerWithReason() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        rig.manager().submit(ZHANG, C1, 1, "");
        CommandResult r = rig.manager().reject(WANG, C1, 2, "price too low");
        Notification n = (Notification) r.messages().get(0);
        assertEquals("u-zhang", n.recipient().value());
        assertEquals("contract.rejected", n.templateKey());
        assertEquals("price too low", n.parameters().get("reason"));
    }

    @Test
    void edit_draft_changesContentAndRevision() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        CommandResult r = rig.manager().edit(ZHANG, C1, 1, b -> b.title("IT service, revised"), "typo");
        assertEquals("IT service, revised", r.contract().title());
        assertEquals(2, r.contract().revision());
    }

    @Test
    void edit_inApproval_notEditable() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        rig.manager().submit(ZHANG, C1, 1, "");
        PactumException e = assertThrows(PactumException.class,
                () -> rig.manager().edit(ZHANG, C1, 2, b -> b.title("sneaky"), ""));
        assertEquals(SpiError.NOT_EDITABLE, e.errorCode());
        assertEquals(2, rig.storage().readAll(ZHANG).size());
    }

    @Test
    void dryRun_submit_computesButWritesNothing() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(ZHANG, draft("c-1"), "");
        CommandResult r = rig.manager().submit(ZHANG.asDryRun(), C1, 1, "");
        assertTrue(r.dryRun());
        assertEquals(ContractStatus.IN_APPROVAL, r.contract().status());
        assertTrue(r.auditEntry().isEmpty());
        assertEquals(ContractStatus.DRAFT, rig.storage().get(ZHANG, C1).orElseThrow().status());
        assertEquals(1, rig.storage().readAll(ZHANG).size());
        assertTrue(rig.storage().pending(ZHANG, 10).isEmpty());
    }

    @Test
    void recordSignature_otherDocument_signatureMismatch() {
        Rig rig = SpiMother.rig();
        ContractManager m = rig.manager();
        m.createDraft(ZHANG, draft("c-1"), "");
        m.submit(ZHANG, C1, 1, "");
        m.approve(WANG, C1, 2, "");
        m.sendForSignature(ZHANG, C1, 3, SIGNERS, "");
        PactumException e = assertThrows(PactumException.class, () -> m.recordSignature(LI, new SignatureOutcome("r",
                C1, "f".repeat(64), SignatureOutcome.Result.SIGNED, "Li Lei", rig.clock().instant()), ""));
        assertEquals(SpiError.SIGNATURE_MISMATCH, e.errorCode());
        assertEquals(ContractStatus.IN_SIGNATURE, rig.storage().get(ZHANG, C1).orElseThrow().status());
    }

    @Test
    void recordSignature_declined_backToApprovedAndOwnerNotified() {
        Rig rig = SpiMother.rig();
        ContractManager m = rig.manager();
        m.createDraft(ZHANG, draft("c-1"), "");
        m.submit(ZHANG, C1, 1, "");
        m.approve(WANG, C1, 2, "");
        SignatureRequest req = (SignatureRequest) m.sendForSignature(ZHANG, C1, 3, SIGNERS, "").messages().get(0);
        CommandResult r = m.recordSignature(LI, new SignatureOutcome(req.requestId(), C1, req.documentFingerprint(),
                SignatureOutcome.Result.DECLINED, "Li Lei", rig.clock().instant()), "");
        assertEquals(ContractStatus.APPROVED, r.contract().status());
        assertEquals("contract.signature-failed", ((Notification) r.messages().get(0)).templateKey());
    }

    @Test
    void get_strictlyConfidential_onlyOwnerAndLegal() {
        Rig rig = SpiMother.rig(InMemoryStorage.create(), AccessPolicy.standard());
        var secret = draft("c-7").toBuilder().confidentiality(ConfidentialityLevel.STRICTLY_CONFIDENTIAL).build();
        rig.manager().createDraft(ZHANG, secret, "");
        assertTrue(rig.manager().get(ZHANG, ContractId.of("c-7")).isPresent());
        assertTrue(rig.manager().get(LI, ContractId.of("c-7")).isPresent());
        assertThrows(AccessDeniedException.class, () -> rig.manager().get(WANG, ContractId.of("c-7")));
        assertFalse(rig.manager().get(WANG, ContractId.of("nope")).isPresent());
    }

    @Test
    void builder_optionSetTwice_failsAtOnceNamingIt() {
        ContractManager.Builder b = ContractManager.builder().directory(InMemoryDirectory.create());
        PactumException e = assertThrows(PactumException.class, () -> b.directory(InMemoryDirectory.create()));
        assertEquals(SpiError.BUILDER_OPTION, e.errorCode());
        assertEquals("directory", e.path());
    }

    @Test
    void builder_withoutStorage_failsNamingIt() {
        PactumException e = assertThrows(PactumException.class,
                () -> ContractManager.builder().directory(InMemoryDirectory.create()).build());
        assertEquals(SpiError.BUILDER_OPTION, e.errorCode());
        assertEquals("contracts", e.path());
    }

    @Test
    void builder_nullOption_npeNamingIt() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ContractManager.builder().clock(null));
        assertEquals("clock", e.getMessage());
    }
}
