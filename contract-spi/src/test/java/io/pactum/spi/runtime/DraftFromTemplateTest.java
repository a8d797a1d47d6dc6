package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ApprovalRig.ALICE;
import static io.pactum.spi.runtime.ApprovalRig.HEAD;
import static io.pactum.spi.runtime.ApprovalRig.LEGAL;
import static io.pactum.spi.runtime.ApprovalRig.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.ExternalReference;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.VariableValue;
import io.pactum.core.template.VariableValues;
import io.pactum.spi.SpiError;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.port.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafting from a library template: the composed document is stored, pinned, routed on and signed. */
class DraftFromTemplateTest {

    private static final ContractId C1 = ContractId.of("c-1");
    private static final TemplateId SALES = TemplateId.of("sales-simple");
    private static final List<Signer> SIGNERS = List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example"));

    private static ApprovalRig rig() {
        ApprovalRig rig = new ApprovalRig(false);
        rig.manager.library().putClause(ROOT, ApprovalRig.resource("library/liability-clause.json"));
        rig.manager.library().putTemplate(ROOT, ApprovalRig.resource("library/sales-simple.json"));
        rig.manager.library().putContractType(ROOT, ApprovalRig.resource("library/sales-type.json"));
        return rig;
    }

    private static TemplateDraft draft(String amount) {
        Contract header = ApprovalRig.contract("c-1", amount, "u-alice");
        VariableValues values = VariableValues.builder().text("buyer", "ACME Trading")
                .money("price", Money.of(amount, "CNY")).build();
        return TemplateDraft.of(header, SALES, 1, values);
    }

    private static StoredRecord document(ApprovalRig rig) {
        return rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.DOCUMENT, "c-1")).orElseThrow();
    }

    private static String fingerprintIn(StoredRecord doc) {
        String body = doc.body();
        int at = body.indexOf("\"fingerprint\":\"") + 15;
        return body.substring(at, at + 64);
    }

    @Test
    void standardText_isComposedStoredAndPinned_andRoutedWithoutLegal() {
        ApprovalRig rig = rig();
        CommandResult created = rig.manager.createDraftFromTemplate(ALICE, draft("500000.00"), "from template");
        assertTrue(created.contract().externalReferences().contains(new ExternalReference("pactum.template",
                "sales-simple@1")));
        StoredRecord doc = document(rig);
        assertTrue(doc.body().contains("This contract is made with ACME Trading for CNY 500,000.00."), doc.body());
        String markdown = doc.body().substring(doc.body().indexOf("\"markdown\":\"") + 12, doc.body().length() - 2)
                .replace("\\n", "\n");
        assertEquals(HexFormat.of().formatHex(Fingerprints.sha256(markdown.getBytes(StandardCharsets.UTF_8))),
                fingerprintIn(doc));

        rig.manager.submit(ALICE, C1, created.contract().revision(), "ready");
        assertEquals(List.of("department"), rig.manager.approvalProcess(ROOT, C1).orElseThrow().route().stageNames());
    }

    @Test
    void fallbackLiabilityVariant_isADeviation_thatAddsLegalReview() {
        ApprovalRig rig = rig();
        CommandResult created = rig.manager.createDraftFromTemplate(ALICE,
                draft("500000.00").withVariant("liability", "cap-2x"), "customer asked");
        assertTrue(document(rig).body().contains("\"fallback\":[\"liability\"]"), document(rig).body());
        rig.manager.submit(ALICE, C1, created.contract().revision(), "ready");
        assertEquals(List.of("department", "legal-review"),
                rig.manager.approvalProcess(ROOT, C1).orElseThrow().route().stageNames());
    }

    @Test
    void signature_isForTheComposedDocumentsFingerprint() {
        ApprovalRig rig = rig();
        long r = rig.manager.createDraftFromTemplate(ALICE, draft("500000.00"), "t").contract().revision();
        r = rig.manager.submit(ALICE, C1, r, "ready").contract().revision();
        r = rig.manager.decide(HEAD, C1, r, ApprovalDecision.approve("ok")).contract().revision();
        CommandResult sent = rig.manager.sendForSignature(ALICE, C1, r, SIGNERS, "sign");
        SignatureRequest request = (SignatureRequest) sent.messages().get(0);
        assertEquals(fingerprintIn(document(rig)), request.documentFingerprint());

        Contract contract = sent.contract();
        PactumException mismatch = assertThrows(PactumException.class, () -> rig.manager.recordSignature(LEGAL,
                new SignatureOutcome(request.requestId(), C1, Fingerprints.ofDocument(contract),
                        SignatureOutcome.Result.SIGNED, "Li Lei", rig.clock.instant()), ""));
        assertEquals(SpiError.SIGNATURE_MISMATCH, mismatch.errorCode());
        CommandResult signed = rig.manager.recordSignature(LEGAL, new SignatureOutcome(request.requestId(), C1,
                request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Li Lei", rig.clock.instant()), "");
        assertEquals(ContractStatus.SIGNED, signed.contract().status());
    }

    @Test
    void badValues_areReportedWithTheirPaths_andNothingIsWritten() {
        ApprovalRig rig = rig();
        TemplateDraft bad = new TemplateDraft(ApprovalRig.contract("c-1", "500000.00", "u-alice"), SALES, 1,
                VariableValues.builder().put("price", VariableValue.text("a lot")).build(), java.util.Map.of(),
                java.util.Map.of(), java.util.Set.of());
        ValidationException e = assertThrows(ValidationException.class,
                () -> rig.manager.createDraftFromTemplate(ALICE, bad, "t"));
        List<String> paths = e.violations().stream().map(v -> v.path()).toList();
        assertTrue(paths.contains("price") && paths.contains("buyer"), paths.toString());
        assertTrue(rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.DOCUMENT, "c-1")).isEmpty());
        assertTrue(rig.manager.get(ALICE, C1).isEmpty());
    }

    @Test
    void unknownTemplateOrOtherContractType_isRefused() {
        ApprovalRig rig = rig();
        TemplateDraft unknown = TemplateDraft.of(ApprovalRig.contract("c-1", "1.00", "u-alice"), TemplateId.of("nda"), 1,
                VariableValues.none());
        assertEquals(SpiError.LIBRARY_ITEM_NOT_FOUND, assertThrows(PactumException.class,
                () -> rig.manager.createDraftFromTemplate(ALICE, unknown, "t")).errorCode());
        Contract service = ApprovalRig.contract("c-1", "1.00", "u-alice").toBuilder().type(ContractTypeId.of("service"))
                .build();
        TemplateDraft other = TemplateDraft.of(service, SALES, 1, VariableValues.none());
        PactumException e = assertThrows(PactumException.class, () -> rig.manager.createDraftFromTemplate(ALICE, other, "t"));
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode());
        assertEquals("type", e.path());
    }

    @Test
    void dryRun_composesButStoresNothing() {
        ApprovalRig rig = rig();
        CommandResult preview = rig.manager.createDraftFromTemplate(ALICE.asDryRun(), draft("500000.00"), "t");
        assertTrue(preview.dryRun());
        assertTrue(rig.storage.getRecord(ROOT, RecordKey.of(RecordKind.DOCUMENT, "c-1")).isEmpty());
        assertTrue(rig.manager.get(ALICE, C1).isEmpty());
    }
}
