package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.AlertCounts;
import io.pactum.rules.risk.internal.PartyTable;
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
    private final PartyTable exposures = new PartyTable();
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
            try {
                exposures.add(s.partyKey, s.partyHash, engine.portfolioMinor(s), s.counterpartyName, 1);
            } catch (ArithmeticException e) {
                throw overflow();
            }
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
        try {
            exposures.addAll(other.exposures);
        } catch (ArithmeticException e) {
            throw overflow();
        }
        return this;
    }

    ScanPart toPart() {
        Map<String, Exposure> frozen = new HashMap<>();
        exposures.forEach((key, hash, minor, count, name) -> frozen.put(key, new Exposure(minor, count, name)));
        return new ScanPart(asOf, contracts, counts, frozen);
    }

    static PactumException overflow() {
        return new PactumException(RiskError.TOTAL_OVERFLOW, "exposure",
                "a counterparty's total exceeds 2^63 minor units");
    }
}
