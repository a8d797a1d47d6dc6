package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.fail;

import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the kit classes for outbound adapters (notification channels, integration event
 * forwarders): the exclusion list and the canary of {@link PactumTck}, without its storage
 * factory, which an outbound adapter has no use for. {@link OutboundPortTck} adds the factory
 * method and the checks every outbound port shares.
 *
 * <p>The canary here has the same id as {@link PactumTck}'s ({@link TckExclusions#CANARY}), so an
 * implementer's one exclusion list silences both, and a list that does not reach the kit makes
 * both fail.
 *
 * <p>The contexts below are those the outbox dispatcher passes: the message's tenant and the
 * technical actor {@code pactum-dispatcher}.
 */
@ExtendWith(ExcludedTestsCondition.class)
public abstract class OutboundTck {

    /** The tenant most tests deliver for. */
    protected static final TenantId TENANT = TenantId.of("tck-tenant");

    /** For subclasses. */
    protected OutboundTck() {
    }

    /**
     * The ids of the tests to skip. By default the list in the system property
     * {@value TckExclusions#PROPERTY}; an override should add to {@code super.excludedTests()}.
     */
    protected Set<String> excludedTests() {
        return TckExclusions.fromSystemProperty();
    }

    /** Fails: proves the exclusion list is wired (see {@link PactumTck}). */
    @Test
    public void canary_failsUnlessExclusionsAreWired() {
        fail("The TCK canary ran: the exclusion list does not reach the kit. Pass -D" + TckExclusions.PROPERTY + "="
                + TckExclusions.CANARY + " (plus your own exclusions) to the test JVM, for example through surefire's"
                + " systemPropertyVariables, or keep super.excludedTests() in your override.");
    }

    /** The context of a delivery for {@link #TENANT}, as the dispatcher makes it. */
    protected static CallContext delivery() {
        return delivery(TENANT);
    }

    /** The context of a delivery for a tenant, as the dispatcher makes it. */
    protected static CallContext delivery(TenantId tenant) {
        return CallContext.of(tenant, UserId.of("pactum-dispatcher"), "tck-dispatch");
    }
}
