package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Portfolio scans as pure functions: order, chunking, merge grouping and parallelism do not change
 * the alerts or the summary; the incremental monitor equals a full scan after random changes and
 * date roll-overs; keys are stable and unique.
 */
class PortfolioScanProperties {

    private static final Comparator<Alert> BY_KEY = Comparator.comparing(Alert::key);

    private static RiskEngine engine(String ccy) {
        return RiskFixtures.engine(ccy);
    }

    static final class Result {
        final List<Alert> alerts;
        final PortfolioSummary summary;

        Result(List<Alert> alerts, PortfolioSummary summary) {
            alerts.sort(BY_KEY);
            this.alerts = alerts;
            this.summary = summary;
        }
    }

    static Result fullScan(RiskEngine engine, List<RiskSnapshot> portfolio, LocalDate asOf) {
        List<Alert> alerts = new ArrayList<>();
        PortfolioSummary summary = engine.scan(portfolio.stream(), asOf, alerts::add);
        return new Result(alerts, summary);
    }

    @Property
    void scan_anyOrderAndChunking_sameAlertsAndSummary(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll @IntRange(min = 1, max = 7) int chunk, @ForAll @IntRange(min = 0, max = 400) int day,
            @ForAll boolean jpy) {
        String ccy = jpy ? "JPY" : "CNY";
        RiskEngine engine = engine(ccy);
        List<RiskSnapshot> portfolio = RandomPortfolio.portfolio(seed, size, ccy);
        LocalDate asOf = RandomPortfolio.BASE.plusDays(day - 200);
        Result expected = fullScan(engine, portfolio, asOf);

        List<RiskSnapshot> shuffled = new ArrayList<>(portfolio);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        List<Alert> alerts = new ArrayList<>();
        List<ScanPart> parts = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i += chunk) {
            parts.add(engine.scanChunk(shuffled.subList(i, Math.min(shuffled.size(), i + chunk)), asOf, alerts::add));
        }
        // merge in a scrambled grouping: pairs from the back, then fold from the front
        Collections.shuffle(parts, new Random(seed));
        ScanPart merged = engine.emptyPart(asOf);
        while (parts.size() > 1) {
            ScanPart a = parts.remove(parts.size() - 1);
            ScanPart b = parts.remove(parts.size() - 1);
            parts.add(0, b.merge(a));
        }
        if (!parts.isEmpty()) {
            merged = parts.get(0).merge(merged);
        }
        PortfolioSummary summary = engine.finish(merged, alerts::add);
        Result chunked = new Result(alerts, summary);
        assertEquals(expected.alerts, chunked.alerts);
        assertEquals(expected.summary, chunked.summary);
    }

    @Property(tries = 200)
    void scan_parallelStream_sameAsSequential(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size) {
        RiskEngine engine = engine("CNY");
        List<RiskSnapshot> portfolio = RandomPortfolio.portfolio(seed, size, "CNY");
        Result expected = fullScan(engine, portfolio, RandomPortfolio.BASE);
        List<Alert> alerts = Collections.synchronizedList(new ArrayList<>());
        PortfolioSummary summary = engine.scan(portfolio.parallelStream(), RandomPortfolio.BASE, alerts::add);
        Result parallel = new Result(new ArrayList<>(alerts), summary);
        assertEquals(expected.alerts, parallel.alerts);
        assertEquals(expected.summary, parallel.summary);
    }

    @Example
    void randomPortfolio_coversEveryRule() {
        Set<RiskRule> seen = new HashSet<>();
        for (int day = 0; day < 400; day += 20) {
            fullScan(engine("CNY"), RandomPortfolio.portfolio(42, 200, "CNY"), RandomPortfolio.BASE.plusDays(day - 200))
                    .alerts.forEach(a -> seen.add(a.rule()));
        }
        assertEquals(Set.of(RiskRule.values()), seen, "the generator must exercise every rule");
    }

    @Property
    void merge_isAssociativeAndCommutative(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
        RiskEngine engine = engine("CNY");
        List<RiskSnapshot> p = RandomPortfolio.portfolio(seed, size, "CNY");
        int third = p.size() / 3;
        LocalDate asOf = RandomPortfolio.BASE;
        ScanPart a = engine.scanChunk(p.subList(0, third), asOf, AlertSink.discard());
        ScanPart b = engine.scanChunk(p.subList(third, 2 * third), asOf, AlertSink.discard());
        ScanPart c = engine.scanChunk(p.subList(2 * third, p.size()), asOf, AlertSink.discard());
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
        assertEquals(a.merge(b), b.merge(a));
        assertEquals(a, a.merge(engine.emptyPart(asOf)));
        assertEquals(engine.scanChunk(p, asOf, AlertSink.discard()), a.merge(b).merge(c));
    }

    @Property
    void monitor_afterRandomChangesAndRollOvers_equalsFullScan(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 30) int size, @ForAll @IntRange(min = 1, max = 25) int steps) {
        RiskEngine engine = engine("CNY");
        Random r = new Random(seed);
        Map<ContractId, RiskSnapshot> current = RandomPortfolio.byId(seed, size, "CNY");
        LocalDate asOf = RandomPortfolio.asOf(r);
        RiskMonitor monitor = engine.monitor(current.values(), asOf);
        int next = size;
        for (int step = 0; step < steps; step++) {
            int action = r.nextInt(4);
            if (action == 0 || current.isEmpty()) {
                asOf = asOf.plusDays(r.nextInt(r.nextBoolean() ? 3 : 90));
                List<Alert> before = perContract(monitor.alerts());
                AlertDiff diff = monitor.advanceTo(asOf);
                AlertDiff expected = AlertDiff.between(before, perContract(monitor.alerts()));
                assertEquals(expected.raised(), diff.raised(), "raised on roll-over");
                assertEquals(expected.resolved(), diff.resolved(), "resolved on roll-over");
            } else if (action == 1) {
                RiskSnapshot s = new ArrayList<>(current.values()).get(r.nextInt(current.size()));
                RiskSnapshot changed = s.withObligations(RandomPortfolio.obligations(r, "CNY"));
                current.put(s.contractId(), changed);
                monitor.put(changed);
            } else if (action == 2) {
                RiskSnapshot s = RandomPortfolio.contract(r, r.nextBoolean() ? "C-" + next++ : "C-0", "CNY");
                current.put(s.contractId(), s);
                monitor.put(s);
            } else {
                ContractId id = new ArrayList<>(current.keySet()).get(r.nextInt(current.size()));
                current.remove(id);
                monitor.remove(id);
            }
            Result full = fullScan(engine, new ArrayList<>(current.values()), asOf);
            assertEquals(full.alerts, monitor.alerts(), "step " + step);
            assertEquals(full.summary, monitor.summary(), "step " + step);
        }
    }

    @Property
    void monitor_afterRandomObligationChanges_equalsFullScan(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 30) int size, @ForAll @IntRange(min = 1, max = 30) int steps) {
        RiskEngine engine = engine("CNY");
        Random r = new Random(seed);
        Map<ContractId, RiskSnapshot> current = RandomPortfolio.byId(seed, size, "CNY");
        LocalDate asOf = RandomPortfolio.asOf(r);
        RiskMonitor monitor = engine.monitor(current.values(), asOf);
        for (int step = 0; step < steps; step++) {
            int action = r.nextInt(5);
            if (action == 0 || current.isEmpty()) {
                asOf = asOf.plusDays(r.nextInt(r.nextBoolean() ? 3 : 90));
                monitor.advanceTo(asOf);
            } else if (action == 4) {
                RiskSnapshot s = new ArrayList<>(current.values()).get(r.nextInt(current.size()));
                current.put(s.contractId(), RandomPortfolio.contract(r, s.contractId().value(), "CNY"));
                monitor.put(current.get(s.contractId()));
            } else {
                RiskSnapshot s = new ArrayList<>(current.values()).get(r.nextInt(current.size()));
                ObligationSnapshot o = changedObligation(r, s);
                RiskSnapshot changed = s.withObligation(o);
                List<Alert> before = monitor.alertsOf(s.contractId());
                AlertDiff diff = action == 1 ? monitor.putObligation(s.contractId(), o)
                        : action == 2 ? monitor.put(changed) : monitor.put(changed.toBuilder().build());
                current.put(s.contractId(), changed);
                AlertDiff expected = AlertDiff.between(before, monitor.alertsOf(s.contractId()));
                assertEquals(expected, diff, "diff of step " + step);
                assertEquals(engine.assess(changed, asOf).alerts(), monitor.alertsOf(s.contractId()));
            }
            Result full = fullScan(engine, new ArrayList<>(current.values()), asOf);
            assertEquals(full.alerts, monitor.alerts(), "step " + step);
            assertEquals(full.summary, monitor.summary(), "step " + step);
        }
    }

    /** One obligation of the contract fulfilled, reopened, moved or given another amount; or a new one. */
    private static ObligationSnapshot changedObligation(Random r, RiskSnapshot s) {
        List<ObligationSnapshot> obligations = s.obligations();
        if (obligations.isEmpty() || r.nextInt(5) == 0) {
            return RandomPortfolio.obligations(new Random(r.nextLong()), "CNY").stream().findFirst()
                    .map(o -> new ObligationSnapshot("N-" + r.nextInt(3), o.kind(), o.dueDate(), o.fulfilledOn(),
                            o.outstanding()))
                    .orElse(ObligationSnapshot.open("N-0", ObligationKind.REPORT, RandomPortfolio.date(r)));
        }
        ObligationSnapshot o = obligations.get(r.nextInt(obligations.size()));
        switch (r.nextInt(4)) {
            case 0:
                return o.fulfilled(RandomPortfolio.date(r));
            case 1:
                return new ObligationSnapshot(o.id(), o.kind(), o.dueDate(), null, o.outstanding());
            case 2:
                return new ObligationSnapshot(o.id(), o.kind(), RandomPortfolio.date(r), o.fulfilledOn(),
                        o.outstanding());
            default:
                return new ObligationSnapshot(o.id(), o.kind(), o.dueDate(), o.fulfilledOn(),
                        o.kind().isPayment() ? io.pactum.core.money.Money.ofMinor(r.nextInt(3) * 100,
                                java.util.Currency.getInstance("CNY")) : null);
        }
    }

    private static List<Alert> perContract(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.contractId() != null).collect(Collectors.toList());
    }

    @Property
    void nextChange_noOutcomeChangesBeforeIt(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int day) {
        RiskEngine engine = engine("CNY");
        RiskSnapshot s = RandomPortfolio.contract(new Random(seed), "C-1", "CNY");
        LocalDate asOf = RandomPortfolio.BASE.plusDays(day - 200);
        ContractAssessment now = engine.assess(s, asOf);
        LocalDate until = now.nextChangeDate().orElse(asOf.plusDays(400));
        for (LocalDate d = asOf.plusDays(1); d.isBefore(until) && d.isBefore(asOf.plusDays(120)); d = d.plusDays(1)) {
            assertEquals(now.alerts(), engine.assess(s, d).alerts(), "on " + d);
        }
    }

    @Property
    void keys_stableAcrossRunsAndUniqueWithinAScan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll @IntRange(min = 0, max = 400) int day) {
        LocalDate asOf = RandomPortfolio.BASE.plusDays(day - 200);
        Result first = fullScan(engine("CNY"), RandomPortfolio.portfolio(seed, size, "CNY"), asOf);
        // a second run from freshly built engine, profiles and snapshots
        Result second = fullScan(engine("CNY"), RandomPortfolio.portfolio(seed, size, "CNY"), asOf);
        List<String> keys = first.alerts.stream().map(Alert::key).collect(Collectors.toList());
        assertEquals(keys, second.alerts.stream().map(Alert::key).collect(Collectors.toList()));
        Set<String> unique = new HashSet<>(keys);
        assertEquals(keys.size(), unique.size(), "one alert per key");
        for (Alert a : first.alerts) {
            assertTrue(a.key().startsWith(a.ruleId() + "/"), a.key());
        }
    }

    @Property
    void contractScore_anyAlertOrder_sameScore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int day) {
        RiskEngine engine = engine("CNY");
        RiskSnapshot s = RandomPortfolio.contract(new Random(seed), "C-1", "CNY");
        ContractAssessment a = engine.assess(s, RandomPortfolio.BASE.plusDays(day - 200));
        List<Alert> reversed = new ArrayList<>(a.alerts());
        Collections.reverse(reversed);
        assertEquals(a.score(), ContractRiskScore.of(s.contractId(), reversed));
        assertEquals(a.alerts().stream().mapToLong(Alert::score).sum(), a.score().points());
    }
}
