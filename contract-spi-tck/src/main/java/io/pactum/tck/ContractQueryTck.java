package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.money.Money;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random queries over a portfolio: the adapter's page equals the reference filter
 * {@link ContractQuery#matches} in {@link ContractStore#ORDER}, sliced by the page request.
 */
public abstract class ContractQueryTck extends PactumTck {

    /** For subclasses. */
    protected ContractQueryTck() {
    }

    @Property(tries = 100)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void find_randomQueryAndPage_equalsReference(@ForAll("queries") ContractQuery query,
            @ForAll("pages") PageRequest page) {
        ContractStore store = newStorage().contracts();
        List<Contract> all = ContractStoreTck.portfolio();
        for (Contract c : all) {
            store.save(context(), c, 0);
        }
        List<Contract> expected = all.stream().filter(query::matches).map(c -> c.withRevision(1))
                .sorted(ContractStore.ORDER).toList();
        Page<Contract> actual = store.find(context(), query, page);
        int from = (int) Math.min(expected.size(), page.offset());
        assertEquals(expected.subList(from, Math.min(expected.size(), from + page.size())), actual.items());
        assertEquals(expected.size(), actual.total());
    }

    @Provide
    Arbitrary<ContractQuery> queries() {
        Arbitrary<Set<ContractStatus>> statuses = Arbitraries.of(ContractStatus.DRAFT, ContractStatus.ACTIVE,
                ContractStatus.SIGNED, ContractStatus.TERMINATED).set().ofMaxSize(2);
        Arbitrary<Set<DepartmentId>> departments = Arbitraries.of("sales", "legal", "it").map(DepartmentId::of).set()
                .ofMaxSize(2);
        Arbitrary<Set<ContractTypeId>> types = Arbitraries.of("service", "purchase").map(ContractTypeId::of).set()
                .ofMaxSize(1);
        Arbitrary<PartyId> counterparty = Arbitraries.of("acme", "globex", "us").map(PartyId::of).injectNull(0.6);
        Arbitrary<Integer> fromMonth = Arbitraries.integers().between(1, 12).injectNull(0.5);
        Arbitrary<Long> minValue = Arbitraries.longs().between(0, 12_000).injectNull(0.6);
        Arbitrary<List<String>> keywords = Arbitraries.of("maintenance", "SERVICE", "urgent", "globex", "p-1")
                .list().ofMaxSize(2);
        return Combinators.combine(statuses, departments, types, counterparty, fromMonth, minValue, keywords)
                .as((st, dep, ty, cp, month, min, kw) -> {
                    ContractQuery q = ContractQuery.all().withStatuses(st).withDepartments(dep).withTypes(ty)
                            .withKeywords(kw);
                    if (cp != null) {
                        q = q.withCounterparty(cp);
                    }
                    if (month != null) {
                        q = q.withEffectiveDate(LocalDate.of(2026, month, 1), null);
                    }
                    if (min != null) {
                        q = q.withValue(Money.of(min, "CNY"), null);
                    }
                    return q;
                });
    }

    @Provide
    Arbitrary<PageRequest> pages() {
        return Combinators.combine(Arbitraries.longs().between(0, 14), Arbitraries.integers().between(1, 6))
                .as(PageRequest::new);
    }
}
