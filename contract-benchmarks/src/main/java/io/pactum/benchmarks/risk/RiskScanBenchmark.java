package io.pactum.benchmarks.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.risk.Alert;
import io.pactum.rules.risk.AlertDiff;
import io.pactum.rules.risk.AlertSink;
import io.pactum.rules.risk.BatchScan;
import io.pactum.rules.risk.ObligationKind;
import io.pactum.rules.risk.ObligationChange;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.PortfolioSummary;
import io.pactum.rules.risk.RiskBatch;
import io.pactum.rules.risk.RiskEngine;
import io.pactum.rules.risk.RiskMonitor;
import io.pactum.rules.risk.RiskSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
 * A risk scan of 1,000,000 contracts with 10,000,000 obligations: the columnar batch scan on one
 * and two threads (scan alone, and batch building plus scan), the same with every alert built,
 * the snapshot chunk scan, a naive one-stream-per-rule version over the snapshots' public
 * accessors, the memory-bandwidth floor (summing a long[] as large as the bytes the batch scan
 * reads), and the incremental monitor after 1% of the obligations change, clustered in 1% of the
 * contracts or scattered over 10% of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx7g", "-XX:+UseParallelGC"})
public class RiskScanBenchmark {

    /** The alerts the scan of {@link RiskData#portfolio} raises; every variant is checked against it. */
    static final long ALERTS = 167_218;

    @Param("1000000")
    int contracts;

    private RiskEngine engine;
    private RiskSnapshot[] portfolio;
    private List<RiskSnapshot> all;
    private List<RiskSnapshot> firstHalf;
    private List<RiskSnapshot> secondHalf;
    private RiskBatch batch;
    private RiskBatch firstBatch;
    private RiskBatch secondBatch;
    private long[] floor;
    private ExecutorService second;

    @Setup
    public void setUp() throws Exception {
        engine = RiskData.engine();
        portfolio = RiskData.portfolio(contracts, 20_261_123L);
        all = Arrays.asList(portfolio);
        firstHalf = all.subList(0, contracts / 2);
        secondHalf = all.subList(contracts / 2, contracts);
        batch = engine.batch(all);
        firstBatch = engine.batch(firstHalf);
        secondBatch = engine.batch(secondHalf);
        long bytes = batch.scannedBytes();
        long snapshotBytes = 0;
        for (RiskSnapshot s : portfolio) {
            snapshotBytes += s.scannedBytes();
        }
        // at least the bytes the batch scan reads: round up to whole longs
        floor = new long[(int) ((bytes + 7) / 8)];
        Arrays.fill(floor, 1L);
        second = Executors.newSingleThreadExecutor();
        check("naive streams", naiveStreams());
        check("batch scan, one thread", scanOneThread());
        check("batch scan, two threads", scanTwoThreads());
        check("build + batch scan, one thread", buildAndScanOneThread());
        check("build + batch scan, two threads", buildAndScanTwoThreads());
        check("batch scan building every alert", scanOneThreadBuildingAlerts());
        check("snapshot chunk scan", snapshotScanOneThread());
        // the alerts the batch builds are the snapshot scan's, key by key
        List<String> fromBatch = new ArrayList<>();
        List<String> fromChunk = new ArrayList<>();
        engine.finish(engine.scanBatch(batch, RiskData.AS_OF, a -> fromBatch.add(a.key())), a -> fromBatch.add(a.key()));
        engine.finish(engine.scanChunk(all, RiskData.AS_OF, a -> fromChunk.add(a.key())), a -> fromChunk.add(a.key()));
        Collections.sort(fromBatch);
        Collections.sort(fromChunk);
        if (!fromBatch.equals(fromChunk)) {
            throw new IllegalStateException("the batch built other alerts than the snapshot scan");
        }
        System.out.printf("%n[risk] %,d contracts, %,d obligations, %,d intervals; batch scan reads %,d bytes"
                + " (floor reads %,d), snapshot scan ~%,d bytes, %,d alerts%n", contracts, batch.obligationCount(),
                batch.intervalCount(), bytes, 8L * floor.length, snapshotBytes, ALERTS);
    }

    private static void check(String what, long alerts) {
        if (alerts != ALERTS) {
            throw new IllegalStateException(what + " found " + alerts + " alerts, expected " + ALERTS);
        }
    }

    @TearDown
    public void tearDown() {
        second.shutdownNow();
    }

    /** Reads as many bytes as the batch scan does, sequentially: the memory-bandwidth floor. */
    @Benchmark
    public long floorSequentialRead() {
        long sum = 0;
        for (long v : floor) {
            sum += v;
        }
        return sum;
    }

    /** The batch scan and the portfolio phase; alerts counted exactly, not built. */
    @Benchmark
    public long scanOneThread() {
        LongAdder concentration = new LongAdder();
        BatchScan scan = engine.scanBatch(batch, RiskData.AS_OF);
        return engine.finish(scan.part(), a -> concentration.increment()).alerts();
    }

    @Benchmark
    public long scanTwoThreads() throws Exception {
        LongAdder concentration = new LongAdder();
        Future<BatchScan> other = second.submit(() -> engine.scanBatch(secondBatch, RiskData.AS_OF));
        BatchScan mine = engine.scanBatch(firstBatch, RiskData.AS_OF);
        return engine.finish(mine.part().merge(other.get().part()), a -> concentration.increment()).alerts();
    }

    /** What a host that holds snapshots pays per scan: building the batch, then scanning it. */
    @Benchmark
    public long buildAndScanOneThread() {
        LongAdder concentration = new LongAdder();
        BatchScan scan = engine.scanBatch(engine.batch(all), RiskData.AS_OF);
        return engine.finish(scan.part(), a -> concentration.increment()).alerts();
    }

    @Benchmark
    public long buildAndScanTwoThreads() throws Exception {
        LongAdder concentration = new LongAdder();
        Future<BatchScan> other = second.submit(() -> engine.scanBatch(engine.batch(secondHalf), RiskData.AS_OF));
        BatchScan mine = engine.scanBatch(engine.batch(firstHalf), RiskData.AS_OF);
        return engine.finish(mine.part().merge(other.get().part()), a -> concentration.increment()).alerts();
    }

    /** The batch scan when the host wants every alert object (key, facts, both messages). */
    @Benchmark
    public long scanOneThreadBuildingAlerts() {
        LongAdder alerts = new LongAdder();
        AlertSink sink = a -> alerts.increment();
        engine.finish(engine.scanBatch(batch, RiskData.AS_OF, sink), sink);
        return alerts.sum();
    }

    /** The snapshot chunk scan (every alert built), as before the batch existed. */
    @Benchmark
    public long snapshotScanOneThread() {
        LongAdder alerts = new LongAdder();
        AlertSink sink = a -> alerts.increment();
        PortfolioSummary summary = engine.finish(engine.scanChunk(all, RiskData.AS_OF, sink), sink);
        return summary.alerts();
    }

    /** A monitor over the portfolio and 1% of the obligations changed, in two layouts. */
    @State(Scope.Benchmark)
    public static class Monitored {
        RiskMonitor monitor;
        List<RiskSnapshot> clusteredChanged;
        List<RiskSnapshot> clusteredOriginal;
        List<RiskSnapshot> scatteredChanged;
        List<RiskSnapshot> scatteredOriginal;
        List<ContractId> scatteredIds;
        List<ObligationSnapshot> scatteredNew;
        List<ObligationSnapshot> scatteredOld;
        List<ObligationChange> scatteredNewBatch;
        List<ObligationChange> scatteredOldBatch;
        boolean flip;

        @Setup
        public void setUp(RiskScanBenchmark b) {
            monitor = b.engine.monitor(b.all, RiskData.AS_OF);
            prepareChanges(b.portfolio, b.contracts);
            if (monitor.summary().alerts() != ALERTS) {
                throw new IllegalStateException("the monitor found " + monitor.summary().alerts() + " alerts");
            }
            // every change the benchmarks make, applied and reverted, leaves the monitor equal to a
            // fresh full scan, alert by alert
            clusteredChanged.forEach(monitor::put);
            clusteredOriginal.forEach(monitor::put);
            scatteredChanged.forEach(monitor::put);
            scatteredOriginal.forEach(monitor::put);
            for (int i = 0; i < scatteredIds.size(); i++) {
                monitor.putObligation(scatteredIds.get(i), scatteredNew.get(i));
            }
            for (int i = 0; i < scatteredIds.size(); i++) {
                monitor.putObligation(scatteredIds.get(i), scatteredOld.get(i));
            }
            monitor.putObligations(scatteredNewBatch);
            monitor.putObligations(scatteredOldBatch);
            List<Alert> scanned = new ArrayList<>();
            b.engine.scan(b.all.stream(), RiskData.AS_OF, scanned::add);
            scanned.sort(Comparator.comparing(Alert::key));
            if (!monitor.alerts().equals(scanned)) {
                throw new IllegalStateException("after the changes and their reverts the monitor's alerts differ"
                        + " from a full scan");
            }
            // the setup's garbage (two full alert lists) is collected now, not inside a measured iteration
            scanned.clear();
            System.gc();
        }

        /** 1% of the obligations: all ten of 1% of the contracts, or one in each of 10% of them. */
        private void prepareChanges(RiskSnapshot[] portfolio, int contracts) {
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
            scatteredIds = new ArrayList<>();
            scatteredNew = new ArrayList<>();
            scatteredOld = new ArrayList<>();
            picked.clear();
            while (scatteredChanged.size() < changed) {
                int i = r.nextInt(contracts);
                if (picked.add(i)) {
                    RiskSnapshot s = portfolio[i];
                    List<ObligationSnapshot> obligations = new ArrayList<>(s.obligations());
                    int o = r.nextInt(obligations.size());
                    ObligationSnapshot old = obligations.get(o);
                    ObligationSnapshot now = old.fulfilledOn() == null ? old.fulfilled(RiskData.AS_OF)
                            : new ObligationSnapshot(old.id(), old.kind(), old.dueDate(), null, old.outstanding());
                    obligations.set(o, now);
                    scatteredOriginal.add(s);
                    scatteredChanged.add(s.withObligations(obligations));
                    scatteredIds.add(s.contractId());
                    scatteredNew.add(now);
                    scatteredOld.add(old);
                }
            }
            scatteredNewBatch = new ArrayList<>();
            scatteredOldBatch = new ArrayList<>();
            for (int i = 0; i < scatteredIds.size(); i++) {
                scatteredNewBatch.add(new ObligationChange(scatteredIds.get(i), scatteredNew.get(i)));
                scatteredOldBatch.add(new ObligationChange(scatteredIds.get(i), scatteredOld.get(i)));
            }
        }
    }

    /** After 1% of the obligations changed, all in 1% of the contracts (whole snapshots put). */
    @Benchmark
    public long incrementalClustered(Monitored m) {
        m.flip = !m.flip;
        List<RiskSnapshot> changes = m.flip ? m.clusteredChanged : m.clusteredOriginal;
        for (RiskSnapshot s : changes) {
            m.monitor.put(s);
        }
        return m.monitor.summary().alerts();
    }

    /** After 1% of the obligations changed, one each in 10% of the contracts (whole snapshots put). */
    @Benchmark
    public long incrementalScattered(Monitored m) {
        m.flip = !m.flip;
        List<RiskSnapshot> changes = m.flip ? m.scatteredChanged : m.scatteredOriginal;
        for (RiskSnapshot s : changes) {
            m.monitor.put(s);
        }
        return m.monitor.summary().alerts();
    }

    /** The same scattered change given as single obligations ({@code putObligation}). */
    @Benchmark
    public long incrementalScatteredObligations(Monitored m) {
        m.flip = !m.flip;
        List<ObligationSnapshot> changes = m.flip ? m.scatteredNew : m.scatteredOld;
        for (int i = 0; i < changes.size(); i++) {
            m.monitor.putObligation(m.scatteredIds.get(i), changes.get(i));
        }
        return m.monitor.summary().alerts();
    }

    /** The same scattered change given as one batch ({@code putObligations}). */
    @Benchmark
    public long incrementalScatteredBatch(Monitored m) {
        m.flip = !m.flip;
        AlertDiff diff = m.monitor.putObligations(m.flip ? m.scatteredNewBatch : m.scatteredOldBatch);
        return m.monitor.summary().alerts() + diff.raised().size();
    }

    /**
     * Not a monitor update: only reading the scattered change's inputs as {@code putObligation}
     * must (each contract id's hash, each obligation's id hash, dates and amount), the floor under
     * {@link #incrementalScatteredObligations} set by where the host's objects lie in memory.
     */
    @Benchmark
    public long incrementalScatteredInputOnly(Monitored m) {
        m.flip = !m.flip;
        List<ObligationSnapshot> changes = m.flip ? m.scatteredNew : m.scatteredOld;
        long sum = 0;
        for (int i = 0; i < changes.size(); i++) {
            ObligationSnapshot o = changes.get(i);
            sum += m.scatteredIds.get(i).hashCode() + o.id().hashCode() + o.dueDate().toEpochDay()
                    + (o.fulfilledOn() == null ? 0 : o.fulfilledOn().toEpochDay())
                    + (o.outstanding() == null ? 0 : o.outstanding().minorUnits().longValue());
        }
        return sum;
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
