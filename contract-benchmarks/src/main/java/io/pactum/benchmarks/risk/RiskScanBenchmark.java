package io.pactum.benchmarks.risk;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.risk.AlertSink;
import io.pactum.rules.risk.ObligationKind;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.PortfolioSummary;
import io.pactum.rules.risk.RiskEngine;
import io.pactum.rules.risk.RiskMonitor;
import io.pactum.rules.risk.RiskSnapshot;
import io.pactum.rules.risk.ScanPart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A risk scan of 1,000,000 contracts with 10,000,000 obligations: the engine on one and two
 * threads, a naive one-stream-per-rule version over the same snapshots' public accessors, the
 * memory-bandwidth floor (summing a long[] as large as the bytes the scan reads), and the
 * incremental monitor after 1% of the obligations change, clustered in 1% of the contracts or
 * scattered over ~10% of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx7g", "-XX:+UseParallelGC"})
public class RiskScanBenchmark {

    @Param("1000000")
    int contracts;

    private RiskEngine engine;
    private RiskSnapshot[] portfolio;
    private List<RiskSnapshot> all;
    private List<RiskSnapshot> firstHalf;
    private List<RiskSnapshot> secondHalf;
    private long[] floor;
    private ExecutorService second;
    private RiskMonitor monitor;
    private List<RiskSnapshot> clusteredChanged;
    private List<RiskSnapshot> clusteredOriginal;
    private List<RiskSnapshot> scatteredChanged;
    private List<RiskSnapshot> scatteredOriginal;
    private boolean flip;

    @Setup
    public void setUp() {
        engine = RiskData.engine();
        portfolio = RiskData.portfolio(contracts, 20_261_123L);
        all = Arrays.asList(portfolio);
        firstHalf = all.subList(0, contracts / 2);
        secondHalf = all.subList(contracts / 2, contracts);
        long bytes = 0;
        for (RiskSnapshot s : portfolio) {
            bytes += s.scannedBytes();
        }
        floor = new long[(int) (bytes / 8)];
        Arrays.fill(floor, 1L);
        second = Executors.newSingleThreadExecutor();
        monitor = engine.monitor(all, RiskData.AS_OF);
        prepareChanges();
        long naive = naiveStreams();
        long fast = scanOneThread();
        System.out.printf("%n[risk] %,d contracts, %,d obligations, %,d bytes scanned, %,d alerts (naive %,d)%n",
                contracts, (long) contracts * RiskData.OBLIGATIONS_PER_CONTRACT, bytes, fast, naive);
        if (naive != fast) {
            throw new IllegalStateException("naive streams found " + naive + " alerts, the engine " + fast);
        }
    }

    /** 1% of the obligations: all ten of 1% of the contracts, or one in each of 10% of them. */
    private void prepareChanges() {
        Random r = new Random(7);
        int changed = contracts * RiskData.OBLIGATIONS_PER_CONTRACT / 100;
        clusteredChanged = new ArrayList<>();
        clusteredOriginal = new ArrayList<>();
        Set<Integer> picked = new HashSet<>();
        while (clusteredChanged.size() < changed / RiskData.OBLIGATIONS_PER_CONTRACT) {
            int i = r.nextInt(contracts);
            if (picked.add(i)) {
                RiskSnapshot s = portfolio[i];
                clusteredOriginal.add(s);
                clusteredChanged.add(s.withObligations(RiskData.obligations(r, RiskData.AS_OF.minusDays(400), i)));
            }
        }
        scatteredChanged = new ArrayList<>();
        scatteredOriginal = new ArrayList<>();
        picked.clear();
        while (scatteredChanged.size() < changed) {
            int i = r.nextInt(contracts);
            if (picked.add(i)) {
                RiskSnapshot s = portfolio[i];
                List<ObligationSnapshot> obligations = new ArrayList<>(s.obligations());
                int o = r.nextInt(obligations.size());
                ObligationSnapshot old = obligations.get(o);
                obligations.set(o, old.fulfilledOn() == null ? old.fulfilled(RiskData.AS_OF)
                        : new ObligationSnapshot(old.id(), old.kind(), old.dueDate(), null, old.outstanding()));
                scatteredOriginal.add(s);
                scatteredChanged.add(s.withObligations(obligations));
            }
        }
    }

    @TearDown
    public void tearDown() {
        second.shutdownNow();
    }

    /** Reads as many bytes as the scan does, sequentially: the memory-bandwidth floor. */
    @Benchmark
    public long floorSequentialRead() {
        long sum = 0;
        for (long v : floor) {
            sum += v;
        }
        return sum;
    }

    @Benchmark
    public long scanOneThread() {
        LongAdder alerts = new LongAdder();
        AlertSink sink = a -> alerts.increment();
        PortfolioSummary summary = engine.finish(engine.scanChunk(all, RiskData.AS_OF, sink), sink);
        return summary.alerts();
    }

    @Benchmark
    public long scanTwoThreads() throws Exception {
        LongAdder alerts = new LongAdder();
        AlertSink sink = a -> alerts.increment();
        Future<ScanPart> other = second.submit(() -> engine.scanChunk(secondHalf, RiskData.AS_OF, sink));
        ScanPart mine = engine.scanChunk(firstHalf, RiskData.AS_OF, sink);
        return engine.finish(mine.merge(other.get()), sink).alerts();
    }

    /** After 1% of the obligations changed, all in 1% of the contracts. */
    @Benchmark
    public long incrementalClustered() {
        flip = !flip;
        List<RiskSnapshot> batch = flip ? clusteredChanged : clusteredOriginal;
        for (RiskSnapshot s : batch) {
            monitor.put(s);
        }
        return monitor.summary().alerts();
    }

    /** After 1% of the obligations changed, one each in 10% of the contracts. */
    @Benchmark
    public long incrementalScattered() {
        flip = !flip;
        List<RiskSnapshot> batch = flip ? scatteredChanged : scatteredOriginal;
        for (RiskSnapshot s : batch) {
            monitor.put(s);
        }
        return monitor.summary().alerts();
    }

    /**
     * The same rules written the obvious way: one stream over the snapshots' public accessors per
     * rule (dates as LocalDate, amounts as Money), counting the alerts each would raise.
     */
    @Benchmark
    public long naiveStreams() {
        LocalDate asOf = RiskData.AS_OF;
        Set<ContractStatus> inForce = Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.SUSPENDED);
        Set<ContractStatus> open = Set.of(ContractStatus.DRAFT, ContractStatus.IN_APPROVAL, ContractStatus.APPROVED,
                ContractStatus.REJECTED, ContractStatus.IN_SIGNATURE, ContractStatus.SIGNED, ContractStatus.ACTIVE,
                ContractStatus.SUSPENDED);
        long n = 0;
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()) && window(s.expiryDate(), 30, asOf))
                .count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()) && window(s.cancelByDate(), 14, asOf))
                .count();
        n += Arrays.stream(portfolio)
                .filter(s -> inForce.contains(s.status()) && window(s.autoRenewalDate(), 30, asOf)).count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()))
                .flatMap(s -> s.obligations().stream())
                .filter(o -> !o.kind().isPayment() && o.kind() != ObligationKind.DELIVERY && open(o, asOf)
                        && o.dueDate().plusDays(5).isBefore(asOf))
                .count();
        n += Arrays.stream(portfolio).filter(s -> s.status().isSigned() && s.status() != ContractStatus.ARCHIVED)
                .flatMap(s -> s.obligations().stream())
                .filter(o -> o.kind().isPayment() && open(o, asOf) && o.dueDate().isBefore(asOf)
                        && (o.fulfilledOn() != null || o.outstanding() == null || !o.outstanding().isZero()))
                .count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()))
                .flatMap(s -> s.obligations().stream())
                .filter(o -> o.kind() == ObligationKind.DELIVERY && open(o, asOf) && o.dueDate().isBefore(asOf))
                .count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()) && s.budgetCeiling() != null)
                .filter(s -> {
                    Money spent = s.spent();
                    Money ceiling = s.budgetCeiling();
                    return spent.compareTo(ceiling) <= 0 && spent.amount().multiply(BigDecimal.valueOf(100))
                            .compareTo(ceiling.amount().multiply(BigDecimal.valueOf(80))) >= 0;
                }).count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()) && s.budgetCeiling() != null)
                .filter(s -> s.spent().compareTo(s.budgetCeiling()) > 0).count();
        n += Arrays.stream(portfolio).filter(s -> open.contains(s.status()))
                .mapToLong(s -> {
                    DeviationFacts d = s.deviations();
                    Set<String> c = new HashSet<>(d.fallbackCategories());
                    c.addAll(d.editedCategories());
                    return c.size();
                }).sum();
        n += Arrays.stream(portfolio).filter(s -> open.contains(s.status()))
                .mapToLong(s -> s.deviations().missingMandatoryCategories().size()).sum();
        ZoneId zone = engine.profiles().zone();
        n += Arrays.stream(portfolio).filter(s -> s.status() == ContractStatus.IN_APPROVAL
                && s.approvalDueAt() != null).filter(s -> {
                    Instant due = s.approvalDueAt();
                    return LocalDate.ofInstant(due, zone).isBefore(asOf);
                }).count();
        n += Arrays.stream(portfolio).filter(s -> s.status() == ContractStatus.IN_SIGNATURE
                && s.signatureSentOn() != null && !s.signatureSentOn().plusDays(14).isAfter(asOf)).count();
        n += Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()))
                .filter(s -> s.amendmentDates().stream()
                        .filter(d -> !d.isAfter(asOf) && d.isAfter(asOf.minusDays(90))).count() > 2)
                .count();
        Map<String, BigDecimal> byParty = Arrays.stream(portfolio).filter(s -> inForce.contains(s.status()))
                .collect(Collectors.groupingBy(s -> s.counterpartyId().value(), HashMap::new,
                        Collectors.reducing(BigDecimal.ZERO, s -> s.value().amount(), BigDecimal::add)));
        BigDecimal total = byParty.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = total.multiply(new BigDecimal("0.0001"));
        n += byParty.values().stream().filter(v -> v.compareTo(limit) > 0).count();
        return n;
    }

    private static boolean window(LocalDate date, int days, LocalDate asOf) {
        return date != null && !asOf.isBefore(date.minusDays(days)) && !asOf.isAfter(date);
    }

    private static boolean open(ObligationSnapshot o, LocalDate asOf) {
        return o.fulfilledOn() == null || o.fulfilledOn().isAfter(asOf);
    }
}
