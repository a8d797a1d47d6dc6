package io.pactum.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random sequences of transitions only ever follow the transition table. */
class LifecycleProperties {

    @Property(tries = 10_000)
    void randomTransitionSequences_onlyFollowTheTable(@ForAll @Size(max = 40) List<Transition> attempts) {
        Contract contract = ContractMother.serviceContract();
        for (Transition t : attempts) {
            ContractStatus before = contract.status();
            boolean allowed = t.sources().contains(before);
            try {
                contract = contract.transition(t);
                assertTrue(allowed, t + " succeeded from " + before + " although the table forbids it");
                assertEquals(t.target(), contract.status());
            } catch (IllegalTransitionException e) {
                assertFalse(allowed, t + " was refused from " + before + " although the table allows it");
                assertEquals(before, e.status());
                assertEquals(before, contract.status());
            }
        }
    }

    @Property(tries = 1_000)
    void signedContent_neverChangesOnceSigned(@ForAll @Size(max = 40) List<Transition> attempts) {
        Contract contract = ContractMother.serviceContract();
        Contract firstSigned = null;
        for (Transition t : attempts) {
            if (t.allowedFrom(contract.status())) {
                contract = contract.transition(t);
                if (firstSigned == null && contract.status().isSigned()) {
                    firstSigned = contract;
                }
            }
        }
        if (firstSigned != null) {
            assertEquals(List.of(), firstSigned.changedFields(contract));
        }
    }
}
