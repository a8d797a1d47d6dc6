package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Keyword search in SQL means what {@link ContractQuery#matches} means, for any title and any
 * keyword: SQL wildcards ({@code % _ \}), case, Chinese and other scripts. One database per
 * engine for the whole property, one tenant per try, so every try starts empty.
 */
class KeywordSearchProperties {

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static TestDatabase.Fresh h2;
    private static TestDatabase.Fresh postgres;

    @BeforeContainer
    static void open() {
        h2 = TestDatabase.H2.migrated();
        postgres = TestDatabase.POSTGRESQL.migrated();
    }

    @AfterContainer
    static void close() {
        h2.close();
        postgres.close();
    }

    @Property(tries = 200)
    void h2_keywordsMatchTheReference(@ForAll("titles") List<String> titles, @ForAll("keywords") List<String> keywords) {
        check(JdbcStorage.create(h2.dataSource()), titles, keywords);
        assertEquals(0, h2.dataSource().openConnections());
    }

    @Property(tries = 60)
    void postgres_keywordsMatchTheReference(@ForAll("titles") List<String> titles,
            @ForAll("keywords") List<String> keywords) {
        check(JdbcStorage.create(postgres.dataSource()), titles, keywords);
        assertEquals(0, postgres.dataSource().openConnections());
    }

    private static void check(ContractStore store, List<String> titles, List<String> keywords) {
        CallContext ctx = CallContext.of(TenantId.of("t" + TENANTS.incrementAndGet()), UserId.of("u-1"), "search");
        List<Contract> saved = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            saved.add(store.save(ctx, PactumSchemaTest.contract("c-" + i).edit(b -> b.title(title)), 0));
        }
        ContractQuery query = ContractQuery.all().withKeywords(keywords);
        List<Contract> expected = saved.stream().filter(query::matches).sorted(ContractStore.ORDER).toList();
        assertEquals(expected, store.find(ctx, query, PageRequest.first(100)).items(), () -> "query " + query);
    }

    @Provide
    Arbitrary<List<String>> titles() {
        Arbitrary<String> title = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcABC%_\\ 合同服务İıßẞ'\"").ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12).excludeChars('\u0000'));
        return title.list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> keywords() {
        return Arbitraries.strings().withChars("abcABC%_\\合同İıßẞ'").ofMinLength(1).ofMaxLength(3).list().ofMaxSize(2);
    }
}
