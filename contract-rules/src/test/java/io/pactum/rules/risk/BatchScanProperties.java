package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The columnar batch scan equals the snapshot scan: for random portfolios (every rule, CNY and
 * JPY), random chunkings into batches and random dates, the same parts, alerts and summary.
 */
class BatchScanProperties {

    private static final Comparator<Alert> BY_KEY = Comparator.comparing(Alert::key);

    @Property
    void scanBatch_randomPortfolioAndChunking_equalsSnapshotScan(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int size, @ForAll @IntRange(min = 0, max = 500) int day,
            @ForAll boolean jpy) {
        String ccy = jpy ? "JPY" : "CNY";
        RiskEngine engine = RiskFixtures.engine(ccy);
        List<RiskSnapshot> portfolio = RandomPortfolio.portfolio(seed, size, ccy);
        LocalDate asOf = RandomPortfolio.BASE.plusDays(day - 250);
        PortfolioScanProperties.Result expected = PortfolioScanProperties.fullScan(engine, portfolio, asOf);

        Random r = new Random(seed);
        List<RiskSnapshot> shuffled = new ArrayList<>(portfolio);
        Collections.shuffle(shuffled, r);
        List<Alert> alerts = new ArrayList<>();
        ScanPart merged = engine.emptyPart(asOf);
        long counted = 0;
        for (int i = 0; i < shuffled.size();) {
            int end = Math.min(shuffled.size(), i + 1 + r.nextInt(12));
            List<RiskSnapshot> chunk = shuffled.subList(i, end);
            BatchScan scan = engine.scanBatch(engine.batch(chunk), asOf);
            // each batch's part equals the chunk scan's part of the same contracts
            assertEquals(engine.scanChunk(chunk, asOf, AlertSink.discard()), scan.part());
            List<Alert> built = new ArrayList<>();
            scan.forEachAlert(built::add);
            assertEquals(scan.alerts(), built.size(), "alerts counted in the hot loop = alerts built");
            alerts.addAll(built);
            counted += scan.alerts();
            merged = r.nextBoolean() ? merged.merge(scan.part()) : scan.part().merge(merged);
            i = end;
        }
        PortfolioSummary summary = engine.finish(merged, alerts::add);
        alerts.sort(BY_KEY);
        assertEquals(expected.alerts, alerts);
        assertEquals(expected.summary, summary);
        assertEquals(expected.alerts.size() - summary.concentrationAlerts().size(), counted);
    }

    @Property(tries = 200)
    void scanBatch_oneBatchManyDates_equalsSnapshotScan(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 120) int size) {
        RiskEngine engine = RiskFixtures.engine("CNY");
        List<RiskSnapshot> portfolio = RandomPortfolio.portfolio(seed, size, "CNY");
        RiskBatch batch = engine.batch(portfolio);
        for (int day = -250; day <= 250; day += 25) {
            LocalDate asOf = RandomPortfolio.BASE.plusDays(day);
            List<Alert> alerts = new ArrayList<>();
            ScanPart part = engine.scanBatch(batch, asOf, alerts::add);
            PortfolioSummary summary = engine.finish(part, alerts::add);
            alerts.sort(BY_KEY);
            PortfolioScanProperties.Result expected = PortfolioScanProperties.fullScan(engine, portfolio, asOf);
            assertEquals(expected.alerts, alerts, "on " + asOf);
            assertEquals(expected.summary, summary, "on " + asOf);
        }
    }

    /**
     * Amendment churn is compiled into runs of days from the sorted amendment dates; with many
     * amendments close together (several runs, joined and separate ones, repeated dates) and
     * random limits, the batch agrees with the snapshot scan on every day around them.
     */
    @Property(tries = 300)
    void scanBatch_amendmentChurn_equalsSnapshotScanOnEveryDay(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 4) int maxAmendments, @ForAll @IntRange(min = 1, max = 60) int periodDays,
            @ForAll @IntRange(min = 0, max = 14) int amendments) {
        String profiles = RiskFixtures.PROFILES.replace(
                "\"amendmentChurn\": {\"maxAmendments\": 2, \"periodDays\": 90",
                "\"amendmentChurn\": {\"maxAmendments\": " + maxAmendments + ", \"periodDays\": " + periodDays);
        RiskEngine engine = RiskEngine.of(RiskProfileJson.parse(String.format(profiles, "CNY")),
                io.pactum.rules.facts.RateSource.sameCurrencyOnly());
        Random r = new Random(seed);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < amendments; i++) {
            dates.add(RandomPortfolio.BASE.plusDays(r.nextInt(120)));
        }
        List<RiskSnapshot> one = List.of(RiskFixtures.contract("CNY").amendmentDates(dates).build());
        RiskBatch batch = engine.batch(one);
        for (int day = -2; day <= 125 + periodDays; day++) {
            LocalDate asOf = RandomPortfolio.BASE.plusDays(day);
            assertEquals(engine.scanChunk(one, asOf, AlertSink.discard()), engine.scanBatch(batch, asOf).part(),
                    "on " + asOf + " with " + dates);
        }
    }

    @Example
    void add_beyondTheContractLimit_batchFullAndTheBatchStillBuilds() {
        RiskEngine engine = RiskFixtures.engine("CNY");
        List<RiskSnapshot> three = RandomPortfolio.portfolio(5, 3, "CNY");
        RiskBatch.Builder builder = new RiskBatch.Builder(engine, 2, 16, 2).add(three.get(0)).add(three.get(1));
        PactumException e = assertThrows(PactumException.class, () -> builder.add(three.get(2)));
        assertEquals(RiskError.BATCH_FULL, e.errorCode());
        assertEquals("batch", e.path());
        LocalDate asOf = RandomPortfolio.BASE;
        assertEquals(engine.scanChunk(three.subList(0, 2), asOf, AlertSink.discard()),
                engine.scanBatch(builder.build(), asOf).part());
    }

    @Example
    void batch_counterpartyTotalBeyondALong_totalOverflowAtExposureLikeChunkScan() {
        RiskEngine engine = RiskFixtures.engine("CNY");
        // a value is at most 2^62 minor units: three of them with one counterparty exceed 2^63
        Money largest = Money.ofMinor((1L << 62) - 1, java.util.Currency.getInstance("CNY"));
        List<RiskSnapshot> three = List.of(RiskFixtures.contract("C-1", "P-1", largest).build(),
                RiskFixtures.contract("C-2", "P-1", largest).build(), RiskFixtures.contract("C-3", "P-1", largest).build());
        PactumException e = assertThrows(PactumException.class, () -> engine.batch(three));
        assertEquals(RiskError.TOTAL_OVERFLOW, e.errorCode());
        assertEquals("exposure", e.path());
        assertEquals(RiskError.TOTAL_OVERFLOW, assertThrows(PactumException.class,
                () -> engine.scanChunk(three, RiskFixtures.UPDATED, AlertSink.discard())).errorCode());
        // two of them are fine
        assertEquals(2, engine.batch(three.subList(0, 2)).size());
    }

    @Example
    void everyBuiltInRuleCode_fitsBelowThePaymentMarker() {
        // an interval's code takes the low 8 bits of its word, and 0xFF marks a payment
        for (RiskRule rule : RiskRule.values()) {
            for (Severity severity : Severity.values()) {
                int code = RuleCodes.code(rule, severity);
                org.junit.jupiter.api.Assertions.assertTrue(code >= 0 && code < RiskBatch.PAYMENT, rule + " " + severity);
            }
        }
    }

    @Example
    void scanBatch_batchOfAnotherEngine_partsDoNotMatch() {
        RiskBatch batch = RiskFixtures.engine("CNY").batch(RandomPortfolio.portfolio(1, 3, "CNY"));
        RiskEngine other = RiskFixtures.engine("CNY");
        assertEquals(RiskError.PARTS_DO_NOT_MATCH, assertThrows(PactumException.class,
                () -> other.scanBatch(batch, RandomPortfolio.BASE)).errorCode());
    }

    @Example
    void batch_valueInAnotherCurrencyWithoutRate_rateMissingAtValue() {
        RiskSnapshot usd = RiskFixtures.contract("C-1", "P-1", Money.of(100, "USD")).build();
        PactumException e = assertThrows(PactumException.class,
                () -> RiskFixtures.engine("CNY").batch(List.of(usd)));
        assertEquals(io.pactum.rules.RuleError.RATE_MISSING, e.errorCode());
        assertEquals("value", e.path());
    }

    @Example
    void scanBatch_counterpartyNamedTwoWays_smallestInForceNameLikeChunkScan() {
        RiskEngine engine = RiskFixtures.engine("CNY");
        RiskSnapshot a = RiskSnapshot.builder(io.pactum.core.contract.ContractId.of("C-1"), "HT-1",
                io.pactum.core.contract.ContractTypeId.of("purchase"), io.pactum.core.contract.DepartmentId.of("d"),
                io.pactum.core.contract.PartyId.of("P-1"), "Zeta Ltd", Money.of(10, "CNY"), RiskFixtures.UPDATED)
                .build();
        RiskSnapshot b = RiskSnapshot.builder(io.pactum.core.contract.ContractId.of("C-2"), "HT-2",
                io.pactum.core.contract.ContractTypeId.of("purchase"), io.pactum.core.contract.DepartmentId.of("d"),
                io.pactum.core.contract.PartyId.of("P-1"), "Alpha Ltd", Money.of(5, "CNY"), RiskFixtures.UPDATED)
                .status(io.pactum.core.contract.ContractStatus.DRAFT).build();
        RiskSnapshot c = RiskSnapshot.builder(io.pactum.core.contract.ContractId.of("C-3"), "HT-3",
                io.pactum.core.contract.ContractTypeId.of("purchase"), io.pactum.core.contract.DepartmentId.of("d"),
                io.pactum.core.contract.PartyId.of("P-1"), "Mid Ltd", Money.of(7, "CNY"), RiskFixtures.UPDATED)
                .build();
        List<RiskSnapshot> all = List.of(a, b, c);
        ScanPart part = engine.scanBatch(engine.batch(all), RiskFixtures.UPDATED).part();
        // the draft's name does not count: it is not in force
        assertEquals(new Exposure(1700, 2, "Mid Ltd"), part.exposures().get("P-1"));
        assertEquals(engine.scanChunk(all, RiskFixtures.UPDATED, AlertSink.discard()), part);
    }
}
