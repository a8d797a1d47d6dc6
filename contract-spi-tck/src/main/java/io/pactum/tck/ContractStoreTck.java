package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.money.Money;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CRUD and queries of {@link ContractStore}: what is saved is what is read, a stale or duplicate
 * save is a typed conflict that writes nothing, tenants are isolated, and every query criterion,
 * paging and the scan give exactly what {@link ContractQuery#matches} accepts, in
 * {@link ContractStore#ORDER}.
 */
public abstract class ContractStoreTck extends PactumTck {

    /** For subclasses. */
    protected ContractStoreTck() {
    }

    @Test
    public void save_new_storedAtRevision1AndReadBackEqual() {
        ContractStore store = newStorage().contracts();
        Contract saved = store.save(context(), contract("c-1"), 0);
        assertEquals(1, saved.revision());
        assertEquals(contract("c-1").withRevision(1), saved);
        assertEquals(saved, store.get(context(), ContractId.of("c-1")).orElseThrow());
    }

    @Test
    public void save_currentRevision_incrementsRevision() {
        ContractStore store = newStorage().contracts();
        Contract v1 = store.save(context(), contract("c-1"), 0);
        Contract v2 = store.save(context(), v1.edit(b -> b.title("changed")), 1);
        assertEquals(2, v2.revision());
        assertEquals("changed", store.get(context(), ContractId.of("c-1")).orElseThrow().title());
    }

    @Test
    public void save_staleRevision_conflictAndNothingWritten() {
        ContractStore store = newStorage().contracts();
        Contract v1 = store.save(context(), contract("c-1"), 0);
        store.save(context(), v1.edit(b -> b.title("first writer")), 1);
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> store.save(context(), v1.edit(b -> b.title("second writer")), 1));
        assertEquals(1, e.expectedRevision());
        assertEquals(2, e.actualRevision());
        assertEquals("first writer", store.get(context(), ContractId.of("c-1")).orElseThrow().title());
    }

    @Test
    public void save_newWithTakenId_conflict() {
        ContractStore store = newStorage().contracts();
        store.save(context(), contract("c-1"), 0);
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> store.save(context(), contract("c-1").edit(b -> b.title("again")), 0));
        assertEquals(1, e.actualRevision());
    }

    @Test
    public void save_updateOfMissingContract_conflictWithActualZero() {
        ContractStore store = newStorage().contracts();
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> store.save(context(), contract("c-1"), 3));
        assertEquals(0, e.actualRevision());
        assertTrue(store.get(context(), ContractId.of("c-1")).isEmpty());
    }

    @Test
    public void get_unknown_empty() {
        assertTrue(newStorage().contracts().get(context(), ContractId.of("nope")).isEmpty());
    }

    @Test
    public void tenants_areIsolated() {
        ContractStore store = newStorage().contracts();
        store.save(context(), contract("c-1"), 0);
        assertTrue(store.get(otherTenant(), ContractId.of("c-1")).isEmpty());
        assertEquals(0, store.find(otherTenant(), ContractQuery.all(), PageRequest.first(10)).total());
        // the same id in another tenant is another contract
        assertEquals(1, store.save(otherTenant(), contract("c-1"), 0).revision());
    }

    @Test
    public void find_eachCriterion_matchesReference() {
        ContractStore store = newStorage().contracts();
        List<Contract> all = portfolio();
        for (Contract c : all) {
            store.save(context(), c, 0);
        }
        List<ContractQuery> queries = List.of(
                ContractQuery.all(),
                ContractQuery.all().withNumber("TCK-p-3"),
                ContractQuery.all().withCounterparty(PartyId.of("globex")),
                ContractQuery.all().withStatuses(Set.of(ContractStatus.ACTIVE, ContractStatus.SIGNED)),
                ContractQuery.all().withTypes(Set.of(ContractTypeId.of("purchase"))),
                ContractQuery.all().withDepartments(Set.of(DepartmentId.of("legal"))),
                ContractQuery.all().withEffectiveDate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)),
                ContractQuery.all().withEffectiveDate(null, LocalDate.of(2026, 2, 28)),
                ContractQuery.all().withValue(Money.of("2000.00", "CNY"), Money.of("5000.00", "CNY")),
                ContractQuery.all().withValue(Money.of("3000.00", "USD"), null),
                ContractQuery.all().withKeywords(List.of("MAINTENANCE")),
                ContractQuery.all().withKeywords(List.of("globex", "maintenance")),
                ContractQuery.all().withKeywords(List.of("urgent")),
                ContractQuery.all().withStatuses(Set.of(ContractStatus.DRAFT))
                        .withDepartments(Set.of(DepartmentId.of("sales"))).withKeywords(List.of("service")));
        for (ContractQuery q : queries) {
            List<Contract> expected = all.stream().filter(q::matches).map(c -> c.withRevision(1))
                    .sorted(ContractStore.ORDER).toList();
            Page<Contract> page = store.find(context(), q, PageRequest.first(PageRequest.MAX_SIZE));
            assertEquals(expected, page.items(), () -> "query " + q);
            assertEquals(expected.size(), page.total(), () -> "total of " + q);
        }
    }

    @Test
    public void find_paging_coversEveryResultOnceInOrder() {
        ContractStore store = newStorage().contracts();
        List<Contract> all = portfolio();
        for (Contract c : all) {
            store.save(context(), c, 0);
        }
        List<Contract> collected = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        Page<Contract> page;
        do {
            page = store.find(context(), ContractQuery.all(), request);
            assertEquals(all.size(), page.total());
            collected.addAll(page.items());
            request = request.next();
        } while (page.hasNext());
        assertEquals(all.stream().map(c -> c.withRevision(1)).sorted(ContractStore.ORDER).toList(), collected);
        assertTrue(store.find(context(), ContractQuery.all(), new PageRequest(100, 5)).items().isEmpty());
    }

    @Test
    public void scan_returnsEveryMatchInOrder() {
        ContractStore store = newStorage().contracts();
        List<Contract> all = portfolio();
        for (Contract c : all) {
            store.save(context(), c, 0);
        }
        ContractQuery active = ContractQuery.all().withStatuses(Set.of(ContractStatus.ACTIVE));
        try (Stream<Contract> scanned = store.scan(context(), active)) {
            assertEquals(all.stream().filter(active::matches).map(c -> c.withRevision(1)).sorted(ContractStore.ORDER)
                    .toList(), scanned.toList());
        }
    }

    @Test
    public void findByNumber_findsOnlyThatContract() {
        ContractStore store = newStorage().contracts();
        for (Contract c : portfolio()) {
            store.save(context(), c, 0);
        }
        assertEquals("p-4", store.findByNumber(context(), "TCK-p-4").orElseThrow().id().value());
        assertFalse(store.findByNumber(context(), "TCK-none").isPresent());
    }

    /** Twelve contracts varying every queried field. */
    protected static List<Contract> portfolio() {
        List<Contract> all = new ArrayList<>();
        String[] departments = {"sales", "legal", "it"};
        String[] types = {"service", "purchase"};
        ContractStatus[] statuses = {ContractStatus.DRAFT, ContractStatus.ACTIVE, ContractStatus.SIGNED,
            ContractStatus.TERMINATED};
        for (int i = 0; i < 12; i++) {
            int n = i;
            Party counterparty = n % 3 == 0 ? Party.of("globex", "Globex Corporation", PartyRole.SUPPLIER)
                    : Party.of("acme", "ACME Trading", PartyRole.CUSTOMER);
            all.add(contract("p-" + n).edit(b -> b
                    .number("TCK-p-" + n)
                    .title((n % 2 == 0 ? "Maintenance " : "Service ") + "agreement " + n)
                    .type(ContractTypeId.of(types[n % 2]))
                    .parties(List.of(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY), counterparty))
                    .department(DepartmentId.of(departments[n % 3]))
                    .value(n % 4 == 3 ? Money.of(1000L * n, "USD") : Money.of(1000L * n, "CNY"))
                    .term(Term.openEnded(LocalDate.of(2026, 1 + n, 1)))
                    .tags(n % 5 == 0 ? Set.of("urgent") : Set.of())
                    .confidentiality(ConfidentialityLevel.INTERNAL))
                    .toBuilder().status(statuses[n % 4]).build());
        }
        return all;
    }
}
