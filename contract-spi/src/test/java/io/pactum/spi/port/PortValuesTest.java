package io.pactum.spi.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.TenantId;
import io.pactum.spi.memory.InMemoryDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small values and defaults of the ports, good paths and bad. */
class PortValuesTest {

    private static final CallContext CTX = SpiMother.as("root");

    @Test
    void tenantId_malformed_badArgumentNamingTheField() {
        PactumException e = assertThrows(PactumException.class, () -> TenantId.of("acme group"));
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode());
        assertEquals("tenant", e.path());
        assertThrows(PactumException.class, () -> TenantId.of(""));
        assertThrows(PactumException.class, () -> TenantId.of("x".repeat(65)));
        assertEquals("x".repeat(64), TenantId.of("x".repeat(64)).value());
    }

    @Test
    void callContext_attributesSortedAndCopied() {
        CallContext c = CTX.withAttribute("locale", "zh-CN").withAttribute("channel", "web");
        assertEquals(List.of("channel", "locale"), List.copyOf(c.attributes().keySet()));
        assertEquals("zh-CN", c.attribute("locale").orElseThrow());
        assertTrue(c.attribute("missing").isEmpty());
        assertTrue(c.asDryRun().dryRun());
        assertFalse(c.dryRun());
    }

    @Test
    void pageRequest_outOfBounds_badQuery() {
        assertEquals(SpiError.BAD_QUERY, assertThrows(PactumException.class, () -> new PageRequest(-1, 10)).errorCode());
        assertEquals("size", assertThrows(PactumException.class, () -> PageRequest.first(0)).path());
        assertThrows(PactumException.class, () -> PageRequest.first(PageRequest.MAX_SIZE + 1));
        assertEquals(new PageRequest(20, 10), PageRequest.first(10).next().next());
    }

    @Test
    void contractQuery_reversedRanges_badQueryAtTheUpperEnd() {
        PactumException dates = assertThrows(PactumException.class,
                () -> ContractQuery.all().withEffectiveDate(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)));
        assertEquals(SpiError.BAD_QUERY, dates.errorCode());
        assertEquals("effectiveTo", dates.path());
        PactumException amounts = assertThrows(PactumException.class,
                () -> ContractQuery.all().withValue(Money.of("10.00", "CNY"), Money.of("9.99", "CNY")));
        assertEquals("maxValue", amounts.path());
        PactumException currencies = assertThrows(PactumException.class,
                () -> ContractQuery.all().withValue(Money.of("10.00", "CNY"), Money.of("20.00", "USD")));
        assertTrue(currencies.getMessage().contains("mixes CNY and USD"));
    }

    @Test
    void contractQuery_amountRange_otherCurrencyNeverMatches() {
        var cny = SpiMother.draft("c-1"); // 120,000.00 CNY
        assertTrue(ContractQuery.all().withValue(Money.of("120000.00", "CNY"), Money.of("120000.00", "CNY")).matches(cny));
        assertFalse(ContractQuery.all().withValue(Money.of("1.00", "USD"), null).matches(cny));
        assertFalse(ContractQuery.all().withValue(null, Money.of("119999.99", "CNY")).matches(cny));
        assertTrue(ContractQuery.all().withKeywords(List.of(" acme ", "")).matches(cny), "trimmed, case-insensitive");
    }

    @Test
    void managerChain_followsManagersAndStopsAtACycle() {
        InMemoryDirectory d = InMemoryDirectory.create().add(
                new Person(UserId.of("a"), "A", DepartmentId.of("x"), Set.of(), Set.of(), UserId.of("b"), true),
                new Person(UserId.of("b"), "B", DepartmentId.of("x"), Set.of(), Set.of(), UserId.of("c"), true),
                new Person(UserId.of("c"), "C", DepartmentId.of("x"), Set.of(), Set.of(), UserId.of("a"), true));
        assertEquals(List.of(UserId.of("b"), UserId.of("c")), d.managerChain(CTX, UserId.of("a")));
        assertEquals(List.of(), d.managerChain(CTX, UserId.of("nobody")));
    }

    @Test
    void directory_limitsGroupsAndDelegations() {
        Instant from = Instant.parse("2026-07-01T00:00:00Z");
        InMemoryDirectory d = InMemoryDirectory.create()
                .add(new Person(UserId.of("a"), "A", DepartmentId.of("x"), Set.of(), Set.of("legal-team"), null, true))
                .authorityLimit(UserId.of("a"), Money.of("500000.00", "CNY"))
                .authorityLimit(UserId.of("a"), Money.of("800000.00", "CNY"))
                .delegate(new Delegation(UserId.of("a"), UserId.of("b"), from, from.plusSeconds(86_400)));
        assertEquals(Money.of("800000.00", "CNY"), d.authorityLimit(CTX, UserId.of("a"), Currency.getInstance("CNY"))
                .orElseThrow(), "a new limit in a currency replaces the old one");
        assertTrue(d.authorityLimit(CTX, UserId.of("a"), Currency.getInstance("USD")).isEmpty());
        assertEquals(Set.of(UserId.of("a")), d.groupMembers(CTX, "legal-team"));
        assertEquals(UserId.of("b"), d.delegation(CTX, UserId.of("a"), from).orElseThrow().delegate());
        assertTrue(d.delegation(CTX, UserId.of("a"), from.plusSeconds(86_400)).isEmpty(), "the end is exclusive");
        assertThrows(IllegalArgumentException.class, () -> new Delegation(UserId.of("a"), UserId.of("b"), from, from));
    }

    @Test
    void idGenerator_sequential_predictable() {
        IdGenerator ids = IdGenerator.sequential("t");
        assertEquals(List.of("t-event-1", "t-notification-2"), List.of(ids.newId("event"), ids.newId("notification")));
        assertTrue(IdGenerator.random().newId("event").startsWith("event-"));
    }

    @Test
    void eventType_wireNames_roundTrip() {
        for (EventType t : EventType.values()) {
            assertEquals(t, EventType.ofWireName(t.wireName()).orElseThrow());
        }
        assertTrue(EventType.ofWireName("contract.exploded").isEmpty());
    }
}
