package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.fail;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.port.Person;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every kit class: the one factory method, the exclusion list and the canary.
 *
 * <p>The canary always fails. Pactum's own build and every implementer's build exclude it
 * ({@link TckExclusions#CANARY} in the system property {@value TckExclusions#PROPERTY}); if it
 * runs, the exclusion list did not reach the kit, and tests the implementer meant to exclude ran
 * too (or, worse, a list meant to exclude nothing is silently ignored).
 *
 * <p>Each test gets a fresh storage from {@link #newStorage()}. JUnit tests are filtered by
 * {@link ExcludedTestsCondition}; every jqwik property of the kit carries
 * {@code @AddLifecycleHook(ExcludedPropertiesHook.class)} (jqwik does not inherit class-level hooks).
 */
@ExtendWith(ExcludedTestsCondition.class)
public abstract class PactumTck {

    /** For subclasses. */
    protected PactumTck() {
    }

    /**
     * A new, empty storage: the adapter under test. Called once per test.
     *
     * @return the storage ports over one empty store
     */
    protected abstract TckStorage newStorage();

    /**
     * The ids of the tests to skip, for example a feature the adapter does not support yet. By
     * default the list in the system property {@value TckExclusions#PROPERTY}; an override should
     * add to {@code super.excludedTests()}.
     */
    protected Set<String> excludedTests() {
        return TckExclusions.fromSystemProperty();
    }

    /** Fails: proves the exclusion list is wired (see the class comment). */
    @Test
    public void canary_failsUnlessExclusionsAreWired() {
        fail("The TCK canary ran: the exclusion list does not reach the kit. Pass -D" + TckExclusions.PROPERTY + "="
                + TckExclusions.CANARY + " (plus your own exclusions) to the test JVM, for example through surefire's"
                + " systemPropertyVariables, or keep super.excludedTests() in your override.");
    }

    /** The tenant most tests use. */
    protected static final TenantId TENANT = TenantId.of("tck-tenant");

    /** A context of the tenant, acting as {@code root}. */
    protected static CallContext context() {
        return CallContext.of(TENANT, UserId.of("root"), "tck");
    }

    /** A context of another tenant. */
    protected static CallContext otherTenant() {
        return CallContext.of(TenantId.of("tck-other"), UserId.of("root"), "tck");
    }

    /** People for runtime-level tests: an administrator and an approver. */
    protected static InMemoryDirectory directory() {
        return InMemoryDirectory.create().add(Person.of("root", "it", "admin"), Person.of("u-wang", "finance", "approver"));
    }

    /** A draft contract with an id, in department sales. */
    protected static Contract contract(String id) {
        return Contract.builder()
                .id(ContractId.of(id))
                .number("TCK-" + id)
                .title("Conformance contract " + id)
                .type(ContractTypeId.of("service"))
                .direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of("root"))
                .department(DepartmentId.of("sales"))
                .value(Money.of("1000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .confidentiality(ConfidentialityLevel.INTERNAL)
                .build();
    }
}
