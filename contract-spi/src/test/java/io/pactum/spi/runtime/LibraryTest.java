package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ApprovalRig.ALICE;
import static io.pactum.spi.runtime.ApprovalRig.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.template.TemplateId;
import io.pactum.rules.RuleError;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.port.StoredRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading the library: checked before stored, versions immutable, writes audited and gated by role. */
class LibraryTest {

    private static final String CLAUSE = ApprovalRig.resource("library/liability-clause.json");
    private static final String TEMPLATE = ApprovalRig.resource("library/sales-simple.json");

    @Test
    void policy_withoutCatchAll_isRefusedAtItsPointer_andNothingIsStored() {
        ApprovalRig rig = new ApprovalRig();
        String json = ApprovalRig.policyJson().replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-06-01\"")
                .replace("\"id\": \"otherwise\"", "\"id\": \"otherwise\", \"when\": { \"field\": \"type\", \"op\": \"eq\", \"value\": \"x\" }");
        ValidationException e = assertThrows(ValidationException.class, () -> rig.manager.library().putApprovalPolicy(ROOT, json));
        assertTrue(e.violations().stream().anyMatch(v -> v.code() == RuleError.NO_CATCH_ALL && v.path().equals("/rules")),
                e.violations().toString());
        assertTrue(rig.manager.library().approvalPolicy(ROOT, "contract-approval", LocalDate.of(2026, 6, 1)).isEmpty());
    }

    @Test
    void policyVersion_sameTextIsANoOp_otherTextIsAConflict() {
        ApprovalRig rig = new ApprovalRig();
        int entries = rig.storage.readAll(ROOT).size();
        StoredRecord again = rig.manager.library().putApprovalPolicy(ROOT, ApprovalRig.policyJson());
        assertEquals(1, again.revision());
        assertEquals(entries, rig.storage.readAll(ROOT).size());
        String changed = ApprovalRig.policyJson().replace("\"sla\": \"P5D\"", "\"sla\": \"P7D\"");
        PactumException e = assertThrows(PactumException.class, () -> rig.manager.library().putApprovalPolicy(ROOT, changed));
        assertEquals(SpiError.LIBRARY_VERSION_CONFLICT, e.errorCode());
    }

    @Test
    void checkApprovalPolicy_againstTheDirectory_reportsRolesNobodyHolds() {
        ApprovalRig rig = new ApprovalRig();
        LocalDate v1 = LocalDate.of(2026, 1, 1);
        assertEquals(List.of(), rig.manager.library().checkApprovalPolicy(ROOT, "contract-approval", v1, v1));
        String cfo = ApprovalRig.policyJson().replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-05-01\"")
                .replace("{ \"role\": \"ceo\" }", "{ \"role\": \"cfo\" }");
        rig.manager.library().putApprovalPolicy(ROOT, cfo);
        LocalDate v2 = LocalDate.of(2026, 5, 1);
        List<Violation> problems = rig.manager.library().checkApprovalPolicy(ROOT, "contract-approval", v2, v2);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(RuleError.UNKNOWN_APPROVER, problems.get(0).code());
        assertEquals("/rules/2/adds/2/approvers/0/role", problems.get(0).path());
    }

    @Test
    void writes_needALibraryRole_andADenialIsAudited() {
        ApprovalRig rig = new ApprovalRig();
        PactumException e = assertThrows(PactumException.class, () -> rig.manager.library().putClause(ALICE, CLAUSE));
        assertEquals(SpiError.LIBRARY_DENIED, e.errorCode());
        List<AuditEntry> log = rig.storage.readAll(ROOT);
        AuditEntry last = log.get(log.size() - 1);
        assertEquals(AuditOutcome.DENIED, last.outcome());
        assertEquals("clause/en.liability", last.contractId());
        assertTrue(rig.manager.library().clauses(ROOT).clauses().isEmpty());
    }

    @Test
    void template_publishedVersionNeverChanges_butMayBeRetiredWhenANewOneIsAdded() {
        ApprovalRig rig = new ApprovalRig();
        rig.manager.library().putClause(ROOT, CLAUSE);
        rig.manager.library().putTemplate(ROOT, TEMPLATE);
        String edited = TEMPLATE.replace("This contract is made", "This agreement is made");
        PactumException e = assertThrows(PactumException.class, () -> rig.manager.library().putTemplate(ROOT, edited));
        assertEquals(SpiError.LIBRARY_VERSION_CONFLICT, e.errorCode());
        assertEquals("/versions/0", e.path());

        int start = TEMPLATE.indexOf("    {\n      \"version\": 1");
        int end = TEMPLATE.lastIndexOf("  ]\n}");
        String v1 = TEMPLATE.substring(start, end).trim();
        String v2 = v1.replace("\"version\": 1", "\"version\": 2").replace("This contract is made", "This agreement is made");
        String retiredAndNew = TEMPLATE.substring(0, start) + v1.replace("\"PUBLISHED\"", "\"RETIRED\"") + ",\n" + v2
                + "\n  ]\n}\n";
        StoredRecord saved = rig.manager.library().putTemplate(ROOT, retiredAndNew);
        assertEquals(2, saved.revision());
        assertEquals(2, rig.manager.library().template(ROOT, TemplateId.of("sales-simple")).orElseThrow().versions().size());
    }

    @Test
    void clause_withABodyResource_isRefused_documentsAreSelfContained() {
        ApprovalRig rig = new ApprovalRig();
        String json = CLAUSE.replace("\"body\": \"Each party's liability is capped at {{price | money}}.\"",
                "\"bodyResource\": \"clauses/liability.md\"");
        ValidationException e = assertThrows(ValidationException.class, () -> rig.manager.library().putClause(ROOT, json));
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        assertTrue(paths.contains("/clauses/0/versions/0/variants/0/bodyResource"), paths.toString());
    }

    @Test
    void contractType_isStoredAndReadBack_badOneReportsItsPointer() {
        ApprovalRig rig = new ApprovalRig();
        rig.manager.library().putContractType(ROOT, ApprovalRig.resource("library/sales-type.json"));
        assertEquals("contract-approval", rig.manager.library().contractType(ROOT, ContractTypeId.of("sales"))
                .orElseThrow().approvalPolicyId());
        ValidationException e = assertThrows(ValidationException.class, () -> rig.manager.library().putContractType(ROOT,
                "{\"id\": \"x\", \"name\": \"X\", \"numbering\": \"X-{seq}\", \"colour\": \"red\"}"));
        assertEquals(CoreError.JSON_UNKNOWN_PROPERTY, e.violations().get(0).code());
        assertEquals("/colour", e.violations().get(0).path());
    }

    @Test
    void missingArguments_areBadArgumentsAtTheirName_andNothingIsWrittenOrLookedUp() {
        ApprovalRig rig = new ApprovalRig();
        Library library = rig.manager.library();
        int entries = rig.storage.readAll(ROOT).size();
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertBadArgument("json", () -> library.putApprovalPolicy(ROOT, null));
        assertBadArgument("json", () -> library.putTemplate(ROOT, null));
        assertBadArgument("json", () -> library.putClause(ROOT, null));
        assertBadArgument("json", () -> library.putContractType(ROOT, null));
        assertBadArgument("id", () -> library.approvalPolicy(ROOT, null, day));
        assertBadArgument("effectiveFrom", () -> library.approvalPolicy(ROOT, "contract-approval", null));
        assertBadArgument("id", () -> library.approvalPolicyInForce(ROOT, null, day));
        assertBadArgument("on", () -> library.approvalPolicyInForce(ROOT, "contract-approval", null));
        assertBadArgument("id", () -> library.template(ROOT, null));
        assertBadArgument("id", () -> library.contractType(ROOT, null));
        assertEquals(entries, rig.storage.readAll(ROOT).size());
    }

    private static void assertBadArgument(String path, org.junit.jupiter.api.function.Executable call) {
        PactumException e = assertThrows(PactumException.class, call, path);
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode(), path);
        assertEquals(path, e.path());
    }
}
