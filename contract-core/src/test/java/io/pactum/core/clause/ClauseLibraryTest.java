package io.pactum.core.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of clauses, versions and variants. */
class ClauseLibraryTest {

    private static final Approval APPROVAL = new Approval(UserId.of("legal"), Instant.parse("2026-01-01T00:00:00Z"));

    private static ClauseVersion version(int n, ClauseStatus status) {
        return new ClauseVersion(n, status, status == ClauseStatus.DRAFT ? null : APPROVAL, ContractLocale.EN, "T",
                List.of(ClauseVariant.standard("x")));
    }

    @Test
    void latestApproved_skipsDraftsAndRetired() {
        Clause clause = new Clause(ClauseId.of("c"), ClauseCategory.GENERAL, List.of(version(3, ClauseStatus.DRAFT),
                version(1, ClauseStatus.RETIRED), version(2, ClauseStatus.APPROVED)));

        assertEquals(2, clause.latestApproved().orElseThrow().version());
        assertEquals(List.of(1, 2, 3), clause.versions().stream().map(ClauseVersion::version).toList());
    }

    @Test
    void latestApproved_noneApproved_isEmpty() {
        Clause clause = new Clause(ClauseId.of("c"), ClauseCategory.GENERAL, List.of(version(1, ClauseStatus.RETIRED)));
        assertTrue(clause.latestApproved().isEmpty());
    }

    @Test
    void version_approvedWithoutApproval_isRefused() {
        PactumException e = assertThrows(PactumException.class, () -> new ClauseVersion(1, ClauseStatus.APPROVED, null,
                ContractLocale.EN, "T", List.of(ClauseVariant.standard("x"))));
        assertEquals(CoreError.REQUIRED, e.errorCode());
    }

    @Test
    void version_fallbackFirst_isRefused() {
        assertThrows(PactumException.class, () -> new ClauseVersion(1, ClauseStatus.DRAFT, null, ContractLocale.EN, "T",
                List.of(ClauseVariant.fallback("alt", "y", RiskLevel.LOW, false))));
    }

    @Test
    void version_duplicateVariantKeys_isRefused() {
        PactumException e = assertThrows(PactumException.class, () -> new ClauseVersion(1, ClauseStatus.DRAFT, null,
                ContractLocale.EN, "T", List.of(ClauseVariant.standard("x"),
                        ClauseVariant.fallback("alt", "y", RiskLevel.LOW, false),
                        ClauseVariant.fallback("alt", "z", RiskLevel.HIGH, true))));
        assertEquals(CoreError.DUPLICATE, e.errorCode());
    }

    @Test
    void library_duplicateIds_isRefused() {
        Clause c = new Clause(ClauseId.of("c"), ClauseCategory.GENERAL, List.of(version(1, ClauseStatus.APPROVED)));
        PactumException e = assertThrows(PactumException.class, () -> ClauseLibrary.of(List.of(c, c)));
        assertEquals(CoreError.DUPLICATE, e.errorCode());
    }

    @Test
    void riskLevel_max_picksHigher() {
        assertEquals(RiskLevel.HIGH, RiskLevel.LOW.max(RiskLevel.HIGH));
        assertEquals(RiskLevel.MEDIUM, RiskLevel.MEDIUM.max(RiskLevel.NONE));
    }
}
