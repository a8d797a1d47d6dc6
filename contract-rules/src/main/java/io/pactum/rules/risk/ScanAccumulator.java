package io.pactum.rules.risk;

import io.pactum.rules.risk.internal.AlertCounts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The mutable state of one thread's scan: counts the alerts it forwards and sums in-force value
 * per counterparty. Not thread-safe; one per thread, combined afterwards.
 */
final class ScanAccumulator implements AlertSink {

    private final RiskEngine engine;
    private final LocalDate asOf;
    private final int asOfDay;
    private final AlertSink downstream;
    private final AlertCounts counts = new AlertCounts();
    private final Map<String, MutableExposure> exposures = new HashMap<>();
    private long contracts;

    ScanAccumulator(RiskEngine engine, LocalDate asOf, AlertSink downstream) {
        this.engine = engine;
        this.asOf = asOf;
        this.asOfDay = (int) asOf.toEpochDay();
        this.downstream = downstream;
    }

    void add(RiskSnapshot s) {
        contracts++;
        engine.evaluator().evaluate(s, asOfDay, this);
        if (ContractEvaluator.inForce(s)) {
            MutableExposure e = exposures.computeIfAbsent(s.counterpartyId.value(), k -> new MutableExposure());
            e.add(engine.portfolioMinor(s), s.counterpartyName, 1);
        }
    }

    @Override
    public void accept(Alert alert) {
        count(counts, alert, 1);
        downstream.accept(alert);
    }

    static void count(AlertCounts counts, Alert a, int sign) {
        counts.add(a.severity().name(), a.ruleId(), a.department() == null ? null : a.department().value(),
                a.counterpartyId().value(), a.score(), sign);
    }

    ScanAccumulator combine(ScanAccumulator other) {
        contracts += other.contracts;
        counts.addAll(other.counts);
        other.exposures.forEach((k, v) -> exposures.computeIfAbsent(k, x -> new MutableExposure())
                .add(v.minor, v.name, v.contracts));
        return this;
    }

    ScanPart toPart() {
        Map<String, Exposure> frozen = new HashMap<>();
        exposures.forEach((k, v) -> frozen.put(k, v.frozen()));
        return new ScanPart(asOf, contracts, counts, frozen);
    }

    /** A counterparty's running total. */
    static final class MutableExposure {
        long minor;
        long contracts;
        @org.jspecify.annotations.Nullable String name;

        void add(long value, String partyName, long count) {
            minor = Math.addExact(minor, value);
            contracts += count;
            String n = name;
            if (n == null || partyName.compareTo(n) < 0) {
                name = partyName;
            }
        }

        Exposure frozen() {
            String n = name;
            return new Exposure(minor, contracts, n == null ? "" : n);
        }
    }
}
