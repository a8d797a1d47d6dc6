package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The monitor under every operation mixed: puts of changed, new and earlier (reverted) snapshots,
 * obligation changes and additions (many to the same few contracts, so that a contract's
 * obligations outgrow their slots and move, and the columns are compacted), removals and re-adds
 * (rows reused) and roll-overs. After every step the monitor equals a full scan, and every change's
 * diff is the difference of the contract's alerts before and after.
 */
class MonitorOperationsProperties {

    @Property(tries = 300)
    void monitor_anyOperations_equalsFullScanAndDiffsMatch(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int size, @ForAll @IntRange(min = 1, max = 60) int steps) {
        RiskEngine engine = RiskFixtures.engine("CNY");
        Random r = new Random(seed);
        Map<ContractId, RiskSnapshot> current = RandomPortfolio.byId(seed, size, "CNY");
        List<RiskSnapshot> earlier = new ArrayList<>(current.values());
        LocalDate asOf = RandomPortfolio.asOf(r);
        RiskMonitor monitor = engine.monitor(current.values(), asOf);
        monitor.compactionFloor(r.nextBoolean() ? 0 : 64);
        for (int step = 0; step < steps; step++) {
            int action = r.nextInt(8);
            if (action == 0) {
                asOf = asOf.plusDays(r.nextInt(r.nextBoolean() ? 3 : 60));
                monitor.advanceTo(asOf);
            } else if (action == 1 && !current.isEmpty()) {
                ContractId id = pick(r, current);
                List<Alert> before = monitor.alertsOf(id);
                AlertDiff diff = monitor.remove(id);
                current.remove(id);
                assertEquals(AlertDiff.between(before, List.of()), diff, "remove, step " + step);
            } else if (action == 2 || current.isEmpty()) {
                // an earlier snapshot again: a revert, or a removed contract coming back
                RiskSnapshot s = earlier.get(r.nextInt(earlier.size()));
                put(monitor, current, s, "revert, step " + step);
            } else if (action == 3) {
                RiskSnapshot s = current.get(pick(r, current));
                RiskSnapshot changed = r.nextBoolean() ? s.withObligations(RandomPortfolio.obligations(r, "CNY"))
                        : RandomPortfolio.contract(r, s.contractId().value(), "CNY");
                earlier.add(changed);
                put(monitor, current, changed, "put, step " + step);
            } else {
                // obligations of the first contracts only: many changes and additions to the same ones
                List<ContractId> ids = new ArrayList<>(current.keySet());
                ContractId id = ids.get(r.nextInt(Math.min(2, ids.size())));
                RiskSnapshot s = current.get(id);
                ObligationSnapshot o = obligation(r, s);
                RiskSnapshot changed = s.withObligation(o);
                List<Alert> before = monitor.alertsOf(id);
                AlertDiff diff = monitor.putObligation(id, o);
                current.put(id, changed);
                earlier.add(changed);
                assertEquals(AlertDiff.between(before, monitor.alertsOf(id)), diff, "putObligation, step " + step);
                assertEquals(engine.assess(changed, asOf).alerts(), monitor.alertsOf(id), "step " + step);
            }
            PortfolioScanProperties.Result full = PortfolioScanProperties.fullScan(engine,
                    new ArrayList<>(current.values()), asOf);
            assertEquals(full.alerts, monitor.alerts(), "step " + step);
            assertEquals(full.summary, monitor.summary(), "step " + step);
            assertEquals(current.size(), monitor.size(), "step " + step);
        }
    }

    private static void put(RiskMonitor monitor, Map<ContractId, RiskSnapshot> current, RiskSnapshot s, String what) {
        List<Alert> before = monitor.alertsOf(s.contractId());
        AlertDiff diff = monitor.put(s);
        current.put(s.contractId(), s);
        assertEquals(AlertDiff.between(before, monitor.alertsOf(s.contractId())), diff, what);
    }

    private static ContractId pick(Random r, Map<ContractId, RiskSnapshot> current) {
        return new ArrayList<>(current.keySet()).get(r.nextInt(current.size()));
    }

    /** An existing obligation changed, or a new one (ids from a growing range, so contracts grow). */
    static ObligationSnapshot obligation(Random r, RiskSnapshot s) {
        List<ObligationSnapshot> obligations = s.obligations();
        ObligationKind kind = ObligationKind.values()[r.nextInt(ObligationKind.values().length)];
        LocalDate due = RandomPortfolio.date(r);
        if (obligations.isEmpty() || r.nextInt(3) == 0) {
            String id = "N-" + r.nextInt(obligations.size() + 4);
            return kind.isPayment() ? ObligationSnapshot.payment(id, kind, due,
                    io.pactum.core.money.Money.ofMinor(r.nextInt(3) * 100, java.util.Currency.getInstance("CNY")))
                    : ObligationSnapshot.open(id, kind, due);
        }
        ObligationSnapshot o = obligations.get(r.nextInt(obligations.size()));
        return r.nextBoolean() ? o.fulfilled(RandomPortfolio.date(r))
                : new ObligationSnapshot(o.id(), o.kind(), due, null, o.outstanding());
    }
}
