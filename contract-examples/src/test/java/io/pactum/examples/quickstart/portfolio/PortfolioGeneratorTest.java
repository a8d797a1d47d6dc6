package io.pactum.examples.quickstart.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.money.Money;
import io.pactum.core.validation.ContractValidator;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerObligation;
import io.pactum.examples.quickstart.ledger.LiveStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioGeneratorTest {

    private static final QuickstartData DATA = QuickstartData.load();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void contract_sameSeedAndIndex_sameContractWhateverTheOrder() {
        PortfolioGenerator a = new PortfolioGenerator(DATA, 7, AS_OF);
        PortfolioGenerator b = new PortfolioGenerator(DATA, 7, AS_OF);
        PortfolioGenerator.Generated late = b.contract(41);
        assertEquals(ContractJson.write(late.contract()), ContractJson.write(a.contract(41).contract()));
        assertEquals(late.obligations(), a.contract(41).obligations());
        assertNotEquals(ContractJson.write(a.contract(41).contract()),
                ContractJson.write(new PortfolioGenerator(DATA, 8, AS_OF).contract(41).contract()));
    }

    @Test
    void ledger_smallerPortfolio_isThePrefixOfALargerOne() {
        PortfolioGenerator g = new PortfolioGenerator(DATA, 2026, AS_OF);
        Ledger small = g.ledger(50, n -> { });
        Ledger large = g.ledger(120, n -> { });
        assertEquals(small.contracts(), large.contracts().subList(0, 50));
    }

    @Test
    void ledger_contractsValidUniqueNumbersAndEveryLiveStatusOccurs() {
        PortfolioGenerator g = new PortfolioGenerator(DATA, 2026, AS_OF);
        Set<String> numbers = new java.util.HashSet<>();
        try (ContractValidator validator = ContractValidator.create()) {
            for (int i = 0; i < 300; i++) {
                PortfolioGenerator.Generated c = g.contract(i);
                assertEquals(List.of(), validator.check(c.contract(), DATA.contractTypes().get(c.contract().type())));
                assertTrue(numbers.add(c.contract().number()), c.contract().number());
            }
        }
        Ledger ledger = g.ledger(300, n -> { });
        Set<LiveStatus> seen = ledger.obligations().stream().map(o -> LiveStatus.of(o, AS_OF))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LiveStatus.class)));
        // As of the year end nothing is due within a week except what the plans put there; the others all occur.
        assertTrue(seen.containsAll(EnumSet.of(LiveStatus.SETTLED, LiveStatus.OVERDUE, LiveStatus.PENDING, LiveStatus.OPEN)),
                seen::toString);
    }

    @Test
    void ledger_paymentsNeverExceedWhatIsOwedAndScheduledPaymentsAddUpToTheValue() {
        Ledger ledger = new PortfolioGenerator(DATA, 99, AS_OF).ledger(200, n -> { });
        for (LedgerObligation o : ledger.obligations()) {
            Money amount = o.amount();
            Money paid = o.paidBy(AS_OF);
            if (amount != null && paid != null) {
                assertTrue(paid.compareTo(amount) <= 0, o::toString);
            }
        }
        // A contract whose payments are all dated has its whole value allocated, to the cent.
        ledger.contracts().forEach(c -> {
            List<LedgerObligation> payments = ledger.obligationsOf(c.id()).stream().filter(LedgerObligation::isPayment).toList();
            if (!payments.isEmpty() && payments.stream().allMatch(p -> p.dueDate() != null)) {
                Money sum = Money.zero(c.value().currency());
                for (LedgerObligation p : payments) {
                    sum = sum.plus(p.amount());
                }
                assertEquals(c.value(), sum, c.number());
            }
        });
    }

    @Test
    void run_printsProgressTimingSummaryAndWritesTheHtml(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path html = dir.resolve("ledger.html");
        PortfolioCommand.run(DATA, 500, 2026, html, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("contracts [##############################] 100%  500 / 500\n"), out);
        assertTrue(out.matches("(?s).*Generated 500 contracts with [0-9,]+ obligations in [0-9,]+ ms \\([0-9,]+ contracts/s\\).*"), out);
        assertTrue(out.contains("  … and 490 more"), out);
        assertTrue(Files.readString(html).contains("generated portfolio of 500 contracts (seed 2026)"));
    }

    @Test
    void progressBar_redrawsOnlyWhenThePercentageChanges() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", 1_000);
        List<String> frames = new ArrayList<>();
        for (int i = 0; i <= 1_000; i++) {
            bar.update(i);
        }
        for (String frame : bytes.toString(StandardCharsets.UTF_8).split("\r")) {
            if (!frame.isEmpty()) {
                frames.add(frame);
            }
        }
        assertEquals(101, frames.size());
        assertEquals("x [------------------------------]   0%  0 / 1,000", frames.get(0));
        assertEquals("x [###############---------------]  50%  500 / 1,000", frames.get(50));
        assertEquals("x [##############################] 100%  1,000 / 1,000\n", frames.get(100));
    }
}
