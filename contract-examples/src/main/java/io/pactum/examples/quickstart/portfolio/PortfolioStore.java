package io.pactum.examples.quickstart.portfolio;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.UserId;
import io.pactum.jdbc.JdbcStorage;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.PageRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Loads a generated portfolio into the database through the storage port, 1,000 contracts per unit
 * of work, with a progress bar and the time taken: how a host imports contracts from an older
 * system. The contracts go into a tenant of their own ({@code portfolio-<seed>}), apart from the
 * sample year. An import writes no audit entries and sends no messages (it is not a change of
 * business state but a migration); contracts created by people go through {@code ContractManager}.
 */
public final class PortfolioStore {

    /** Contracts per unit of work. */
    public static final int BATCH = 1_000;

    private PortfolioStore() {
    }

    /** The tenant a seed's portfolio is stored in. */
    public static TenantId tenant(long seed) {
        return TenantId.of("portfolio-" + seed);
    }

    /**
     * Stores contracts 0 to {@code count - 1} of the generator's seed, unless the tenant already
     * holds that many (a repeated run, which then stores nothing).
     *
     * @return how many contracts were stored by this call
     */
    public static int load(JdbcStorage storage, PortfolioGenerator generator, long seed, int count, PrintStream out) {
        Objects.requireNonNull(storage, "storage");
        CallContext ctx = CallContext.of(tenant(seed), UserId.of("u-import"), "portfolio-import");
        long stored = storage.find(ctx, ContractQuery.all(), PageRequest.first(1)).total();
        if (stored >= count) {
            out.printf(Locale.ROOT, "The database holds this portfolio already (%,d contracts in tenant %s)%n", stored,
                    tenant(seed).value());
            return 0;
        }
        if (stored > 0) {
            out.printf(Locale.ROOT, "Tenant %s holds %,d of the %,d contracts; start over with --reset%n",
                    tenant(seed).value(), stored, count);
            return 0;
        }
        ProgressBar bar = new ProgressBar(out, "stored", count);
        long start = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<Contract> batch = IntStream.range(from, to).parallel().mapToObj(i -> generator.contract(i).contract())
                    .toList();
            storage.inTransaction(ctx, tx -> {
                batch.forEach(c -> tx.save(c, 0));
                return Boolean.TRUE;
            });
            bar.update(to);
        }
        long nanos = System.nanoTime() - start;
        out.printf(Locale.ROOT, "Stored %,d contracts in tenant %s in %,d ms (%,d contracts/s, %,d per unit of work)%n",
                count, tenant(seed).value(), nanos / 1_000_000, nanos == 0 ? 0 : count * 1_000_000_000L / nanos, BATCH);
        return count;
    }
}
