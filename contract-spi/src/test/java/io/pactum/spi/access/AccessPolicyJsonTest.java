package io.pactum.spi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.spi.SpiMother;
import io.pactum.spi.port.Person;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyJsonTest {

    @Test
    void read_rule_allowsExactlyWhatItSays() {
        AccessPolicy p = AccessPolicyJson.read("""
                {"rules": [{"name": "finance approves", "roles": ["approver"], "actions": ["APPROVE", "REJECT"],
                            "statuses": ["IN_APPROVAL"], "maxConfidentiality": "CONFIDENTIAL", "scope": "ANY_DEPARTMENT"}]}
                """);
        AccessRule r = p.rules().get(0);
        assertEquals(new AccessRule("finance approves", Set.of("approver"), EnumSet.of(Action.APPROVE, Action.REJECT),
                Set.of(ContractStatus.IN_APPROVAL), ConfidentialityLevel.CONFIDENTIAL, Scope.ANY_DEPARTMENT), r);
        Person wang = Person.of("u-wang", "finance", "approver");
        var inApproval = SpiMother.draft("c-1").toBuilder().status(ContractStatus.IN_APPROVAL).build();
        assertTrue(p.decide(wang, Action.APPROVE, inApproval).allowed());
        assertEquals("finance approves", p.decide(wang, Action.APPROVE, inApproval).rule());
        assertFalse(p.decide(wang, Action.APPROVE, SpiMother.draft("c-1")).allowed(), "not in DRAFT");
        assertFalse(p.decide(wang, Action.EDIT, inApproval).allowed(), "deny by default");
    }

    @Test
    void read_defaults_narrow() {
        AccessRule r = AccessPolicyJson.read("{\"rules\": [{\"name\": \"n\", \"actions\": [\"READ\"]}]}").rules().get(0);
        assertEquals(ConfidentialityLevel.INTERNAL, r.maxConfidentiality());
        assertEquals(Scope.OWN_DEPARTMENT, r.scope());
        assertTrue(r.roles().isEmpty());
    }

    @Test
    void read_everyProblem_reportedWithPointers() {
        ValidationException e = assertThrows(ValidationException.class, () -> AccessPolicyJson.read("""
                {"rules": [{"name": "a", "actions": ["APROVE"], "scope": "EVERYWHERE"},
                           {"name": "b", "statuses": ["DRAFT"], "roels": ["x"]},
                           {"name": "a", "actions": ["READ"]}]}
                """));
        List<String> at = e.violations().stream().map(Violation::path).toList();
        assertTrue(at.contains("/rules/0/actions/0"), at::toString);
        assertTrue(at.contains("/rules/0/scope"), at::toString);
        assertTrue(at.contains("/rules/1/actions"), at::toString);
        assertTrue(at.contains("/rules/1/roels"), at::toString);
    }

    @Test
    void write_standardPolicy_readsBackEqual() {
        assertEquals(AccessPolicy.standard(), AccessPolicyJson.read(AccessPolicyJson.write(AccessPolicy.standard())));
    }
}
