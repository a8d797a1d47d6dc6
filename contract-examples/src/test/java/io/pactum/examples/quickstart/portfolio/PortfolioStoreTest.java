package io.pactum.examples.quickstart.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.UserId;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.runtime.QuickstartDatabase;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated portfolio stored in batches: every contract as generated, once, in the seed's tenant. */
class PortfolioStoreTest {

    @Test
    void load_storesEveryContractOnce_aSecondLoadStoresNothing(@TempDir Path dir) {
        QuickstartData data = QuickstartData.load();
        PortfolioGenerator generator = new PortfolioGenerator(data, 7, PortfolioCommand.AS_OF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (QuickstartDatabase db = QuickstartDatabase.open("jdbc:h2:file:" + dir.resolve("db"), Optional.empty(),
                Optional.empty(), false)) {
            assertEquals(2_500, PortfolioStore.load(db.storage(), generator, 7, 2_500, out));
            CallContext ctx = CallContext.of(PortfolioStore.tenant(7), UserId.of("u-read"), "test");
            assertEquals(2_500, db.storage().find(ctx, ContractQuery.all(), PageRequest.first(1)).total());
            assertEquals(generator.contract(1_234).contract().withRevision(1),
                    db.storage().get(ctx, generator.contract(1_234).contract().id()).orElseThrow());
            assertEquals(0, PortfolioStore.load(db.storage(), generator, 7, 2_500, out));
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Stored 2,500 contracts in tenant portfolio-7"), printed);
        assertTrue(printed.contains("The database holds this portfolio already (2,500 contracts in tenant portfolio-7)"), printed);
    }
}
