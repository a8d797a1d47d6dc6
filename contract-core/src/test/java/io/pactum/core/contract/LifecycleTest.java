package io.pactum.core.contract;

import static io.pactum.core.contract.ContractStatus.ACTIVE;
import static io.pactum.core.contract.ContractStatus.APPROVED;
import static io.pactum.core.contract.ContractStatus.ARCHIVED;
import static io.pactum.core.contract.ContractStatus.DRAFT;
import static io.pactum.core.contract.ContractStatus.IN_APPROVAL;
import static io.pactum.core.contract.ContractStatus.IN_SIGNATURE;
import static io.pactum.core.contract.ContractStatus.REJECTED;
import static io.pactum.core.contract.ContractStatus.SIGNED;
import static io.pactum.core.contract.ContractStatus.TERMINATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void transition_happyPath_draftToArchive() {
        Contract c = ContractMother.serviceContract();
        assertEquals(DRAFT, c.status());
        c = c.transition(Transition.SUBMIT);
        assertEquals(IN_APPROVAL, c.status());
        c = c.transition(Transition.REJECT);
        assertEquals(REJECTED, c.status());
        c = c.transition(Transition.REVISE);
        assertEquals(DRAFT, c.status());
        c = c.transition(Transition.SUBMIT).transition(Transition.APPROVE);
        assertEquals(APPROVED, c.status());
        c = c.transition(Transition.SEND_FOR_SIGNATURE).transition(Transition.SIGNATURE_FAILED);
        assertEquals(APPROVED, c.status());
        c = c.transition(Transition.SEND_FOR_SIGNATURE);
        assertEquals(IN_SIGNATURE, c.status());
        c = c.transition(Transition.RECORD_SIGNATURE);
        assertEquals(SIGNED, c.status());
        c = c.transition(Transition.ACTIVATE).transition(Transition.SUSPEND).transition(Transition.RESUME);
        assertEquals(ACTIVE, c.status());
        c = c.transition(Transition.TERMINATE);
        assertEquals(TERMINATED, c.status());
        c = c.transition(Transition.ARCHIVE);
        assertEquals(ARCHIVED, c.status());
        assertTrue(ARCHIVED.isFinal());
    }

    @Test
    void transition_illegal_typedErrorNamesStateAndTransition() {
        Contract draft = ContractMother.serviceContract();
        var e = assertThrows(IllegalTransitionException.class, () -> draft.transition(Transition.ACTIVATE));
        assertEquals(CoreError.ILLEGAL_TRANSITION, e.errorCode());
        assertEquals(DRAFT, e.status());
        assertEquals(Transition.ACTIVATE, e.transition());
        assertTrue(e.getMessage().contains("ACTIVATE") && e.getMessage().contains("DRAFT"), e.getMessage());
    }

    @Test
    void allowedTransitions_matchTheDocumentedTable() {
        assertEquals(EnumSet.of(Transition.SUBMIT), DRAFT.allowedTransitions());
        assertEquals(EnumSet.of(Transition.WITHDRAW, Transition.APPROVE, Transition.REJECT), IN_APPROVAL.allowedTransitions());
        assertEquals(EnumSet.of(Transition.REVISE, Transition.SEND_FOR_SIGNATURE), APPROVED.allowedTransitions());
        assertEquals(EnumSet.of(Transition.REVISE, Transition.ARCHIVE), REJECTED.allowedTransitions());
        assertEquals(EnumSet.of(Transition.ACTIVATE, Transition.TERMINATE, Transition.SUPERSEDE), SIGNED.allowedTransitions());
        assertEquals(EnumSet.of(Transition.SUSPEND, Transition.EXPIRE, Transition.TERMINATE, Transition.RENEW,
                Transition.SUPERSEDE), ACTIVE.allowedTransitions());
        assertEquals(Set.of(), ARCHIVED.allowedTransitions());
    }

    @Test
    void edit_beforeSignature_changesContent() {
        Contract c = ContractMother.serviceContract().transition(Transition.SUBMIT).transition(Transition.REJECT)
                .transition(Transition.REVISE);
        Contract edited = c.edit(b -> b.value(Money.of("1100000", "CNY")));
        assertEquals(Money.of("1100000.00", "CNY"), edited.value());
        assertEquals(DRAFT, edited.status());
    }

    @Test
    void edit_afterSignature_lockedNamingTheFields() {
        Contract signed = ContractMother.serviceContract().transition(Transition.SUBMIT).transition(Transition.APPROVE)
                .transition(Transition.SEND_FOR_SIGNATURE).transition(Transition.RECORD_SIGNATURE);
        var e = assertThrows(PactumException.class,
                () -> signed.edit(b -> b.value(Money.of("1", "CNY")).title("changed")));
        assertEquals(CoreError.SIGNED_CONTENT_LOCKED, e.errorCode());
        assertEquals("title", e.path());
        assertTrue(e.getMessage().contains("[title, value]"), e.getMessage());
        // An edit that changes nothing is not a change.
        assertEquals(signed, signed.edit(b -> b));
    }

    @Test
    void edit_cannotSmuggleStatusOrRevision() {
        Contract c = ContractMother.serviceContract();
        Contract edited = c.edit(b -> b.status(ACTIVE).revision(99));
        assertEquals(DRAFT, edited.status());
        assertEquals(0, edited.revision());
        assertFalse(edited.status().isSigned());
    }
}
