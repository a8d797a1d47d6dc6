package io.pactum.rules.risk;

import io.pactum.rules.risk.internal.SortedArrayMap;
import io.pactum.core.error.PactumException;
import io.pactum.rules.facts.RateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Evaluates risk rules: on one contract ({@link #assess}), over a portfolio ({@link #scan}), chunk
 * by chunk ({@link #scanChunk} + {@link ScanPart#merge} + {@link #finish}), over columnar batches
 * with alerts built on demand ({@link #batch} + {@link #scanBatch}), or incrementally
 * ({@link #monitor}).
 *
 * <p>Every evaluation is a pure function of the snapshots, the profiles, the exchange rates and
 * the date: the same input gives the same alerts and keys on every run, in any order and any
 * chunking. Memory is bounded: alerts go to an {@link AlertSink} as they are raised, and a
 * {@link ScanPart} grows with the counterparties, not the contracts.
 *
 * <pre>{@code
 * RiskEngine engine = RiskEngine.of(RiskProfileJson.parse(json), RateSource.sameCurrencyOnly());
 * PortfolioSummary summary = engine.scan(snapshots.parallelStream(), asOf, alerts::add); // alerts: thread-safe
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RiskEngine {

    private final RiskProfiles profiles;
    private final RateSource rates;
    private final ContractEvaluator evaluator;
    private final RuleCodes codes;

    private RiskEngine(RiskProfiles profiles, RateSource rates) {
        this.profiles = profiles;
        this.rates = rates;
        this.evaluator = new ContractEvaluator(profiles, rates);
        this.codes = new RuleCodes(profiles);
    }

    /**
     * An engine for profiles and exchange rates.
     *
     * @param profiles the risk profiles
     * @param rates converts contract values and custom-rule amounts into the portfolio currency;
     *     must be thread-safe for parallel scans
     * @return the engine
     */
    public static RiskEngine of(RiskProfiles profiles, RateSource rates) {
        return new RiskEngine(Objects.requireNonNull(profiles, "profiles"), Objects.requireNonNull(rates, "rates"));
    }

    /** The profiles. */
    public RiskProfiles profiles() {
        return profiles;
    }

    ContractEvaluator evaluator() {
        return evaluator;
    }

    RuleCodes codes() {
        return codes;
    }

    long portfolioMinor(RiskSnapshot s) {
        if (s.valueCurrency.equals(profiles.currency())) {
            return s.valueMinor;
        }
        return rates.convert(s.value(), profiles.currency(), "value").minorUnits().longValueExact();
    }

    /**
     * One contract's alerts (per-contract rules only; concentration needs the portfolio).
     *
     * @param snapshot the contract
     * @param asOf the evaluation date
     * @return its alerts by key, score and next change date
     * @throws PactumException {@code RuleError.RATE_MISSING} when a custom rule needs a missing rate
     */
    public ContractAssessment assess(RiskSnapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Alert> alerts = new ArrayList<>();
        int next = evaluator.evaluate(snapshot, (int) asOf.toEpochDay(), alerts::add);
        alerts.sort(Comparator.comparing(Alert::key));
        return new ContractAssessment(snapshot.contractId, asOf, alerts,
                ContractRiskScore.of(snapshot.contractId, alerts),
                next == ContractEvaluator.NEVER ? null : LocalDate.ofEpochDay(next));
    }

    /**
     * Scans one chunk of a portfolio: raises each contract's alerts into the sink and returns the
     * counters and counterparty totals to merge with other chunks. Each contract must appear in
     * exactly one chunk of a scan.
     *
     * @param chunk the snapshots of this chunk
     * @param asOf the scan date
     * @param sink receives the alerts
     * @return the chunk's part
     */
    public ScanPart scanChunk(Iterable<RiskSnapshot> chunk, LocalDate asOf, AlertSink sink) {
        ScanAccumulator acc = new ScanAccumulator(this, Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(sink, "sink"));
        for (RiskSnapshot s : chunk) {
            acc.add(s);
        }
        return acc.toPart();
    }

    /**
     * Starts a columnar batch of contracts for {@link #scanBatch}, compiled against this engine's
     * profiles. A host scanning on several threads or machines builds one batch per chunk.
     *
     * @param expectedContracts how many contracts the batch will hold (a sizing hint)
     * @return a builder; not thread-safe
     */
    public RiskBatch.Builder batchBuilder(int expectedContracts) {
        return new RiskBatch.Builder(this, expectedContracts);
    }

    /**
     * A columnar batch of the given contracts (see {@link #batchBuilder}).
     *
     * @param snapshots the contracts of one chunk
     * @return the batch
     * @throws PactumException {@code RuleError.RATE_MISSING} when a value or a custom rule's amount
     *     needs a missing exchange rate; {@link RiskError#TOTAL_OVERFLOW} when a counterparty's
     *     in-force total exceeds 2^63 minor units; {@link RiskError#BATCH_FULL} beyond {@link
     *     RiskBatch#MAX_CONTRACTS} contracts
     */
    public RiskBatch batch(Iterable<RiskSnapshot> snapshots) {
        // sized by the contract count only: counting obligations first would touch every snapshot
        // twice, and its cache misses cost more than growing the obligation columns
        int hint = snapshots instanceof java.util.Collection<?> ? ((java.util.Collection<?>) snapshots).size() : 16;
        return batchBuilder(hint).addAll(snapshots).build();
    }

    /**
     * Scans one batch: the same counters and counterparty totals as {@link #scanChunk} over the
     * batch's snapshots, computed from its columns; alerts are built only when the result is asked
     * for them ({@link BatchScan#forEachAlert}).
     *
     * @param batch a batch built by this engine
     * @param asOf the scan date
     * @return the part and the contracts to build alerts for
     * @throws PactumException {@link RiskError#PARTS_DO_NOT_MATCH} for a batch of another engine
     */
    public BatchScan scanBatch(RiskBatch batch, LocalDate asOf) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(asOf, "asOf");
        if (batch.engine != this) {
            throw RiskBatch.foreign();
        }
        return BatchScan.run(batch, asOf);
    }

    /**
     * Scans one batch and hands its alerts to a sink: the drop-in equivalent of {@link #scanChunk}.
     *
     * @param batch a batch built by this engine
     * @param asOf the scan date
     * @param sink receives the alerts
     * @return the chunk's part
     */
    public ScanPart scanBatch(RiskBatch batch, LocalDate asOf, AlertSink sink) {
        Objects.requireNonNull(sink, "sink");
        BatchScan scan = scanBatch(batch, asOf);
        scan.forEachAlert(sink);
        return scan.part();
    }

    /** The part of an empty chunk: the identity of {@link ScanPart#merge}. */
    public ScanPart emptyPart(LocalDate asOf) {
        return new ScanAccumulator(this, asOf, AlertSink.discard()).toPart();
    }

    /**
     * The portfolio phase: raises the counterparty concentration alerts from the merged totals and
     * returns the portfolio summary.
     *
     * @param merged all chunks' parts, merged
     * @param sink receives the concentration alerts
     * @return the summary
     */
    public PortfolioSummary finish(ScanPart merged, AlertSink sink) {
        List<Alert> concentration = ConcentrationPhase.alerts(profiles, merged.exposures(), merged.asOf());
        io.pactum.rules.risk.internal.AlertCounts counts = new io.pactum.rules.risk.internal.AlertCounts();
        for (Alert a : concentration) {
            ScanAccumulator.count(counts, a, 1);
            sink.accept(a);
        }
        return new PortfolioSummary(merged.asOf(), merged.contracts(), merged.alerts() + counts.alerts(),
                merged.score() + counts.score(), plus(merged.bySeverity(), counts.bySeverity()),
                plus(merged.byRule(), counts.byRule()), plus(merged.byDepartment(), counts.byDepartment()),
                plus(merged.byCounterparty(), counts.byCounterparty()), concentration);
    }

    /** The summary of per-contract counters plus the concentration alerts. */
    static PortfolioSummary summary(LocalDate asOf, long contracts, io.pactum.rules.risk.internal.AlertCounts counts,
            List<Alert> concentration) {
        io.pactum.rules.risk.internal.AlertCounts extra = new io.pactum.rules.risk.internal.AlertCounts();
        concentration.forEach(a -> ScanAccumulator.count(extra, a, 1));
        return new PortfolioSummary(asOf, contracts, counts.alerts() + extra.alerts(), counts.score() + extra.score(),
                plus(counts.bySeverity(), extra.bySeverity()), plus(counts.byRule(), extra.byRule()),
                plus(counts.byDepartment(), extra.byDepartment()),
                plus(counts.byCounterparty(), extra.byCounterparty()), concentration);
    }

    private static java.util.SortedMap<String, Long> plus(java.util.Map<String, Long> a, java.util.Map<String, Long> b) {
        SortedArrayMap<Long> sorted = SortedArrayMap.of(a);
        return b.isEmpty() ? sorted : SortedArrayMap.merge(sorted, SortedArrayMap.of(b), Long::sum);
    }

    /**
     * Scans a whole portfolio: both phases. A parallel stream is scanned in parallel; the sink
     * must then be thread-safe.
     *
     * @param snapshots every contract once
     * @param asOf the scan date
     * @param sink receives every alert
     * @return the summary
     */
    public PortfolioSummary scan(Stream<RiskSnapshot> snapshots, LocalDate asOf, AlertSink sink) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sink, "sink");
        ScanAccumulator acc = snapshots.collect(() -> new ScanAccumulator(this, asOf, sink), ScanAccumulator::add,
                ScanAccumulator::combine);
        return finish(acc.toPart(), sink);
    }

    /**
     * Starts an incremental monitor over a portfolio as of a date.
     *
     * @param snapshots every contract once
     * @param asOf the start date
     * @return the monitor; not thread-safe
     * @throws PactumException {@link RiskError#DUPLICATE_CONTRACT} when a contract appears twice
     */
    public RiskMonitor monitor(Iterable<RiskSnapshot> snapshots, LocalDate asOf) {
        RiskMonitor m = new RiskMonitor(this, asOf);
        for (RiskSnapshot s : snapshots) {
            m.add(s);
        }
        return m;
    }
}
