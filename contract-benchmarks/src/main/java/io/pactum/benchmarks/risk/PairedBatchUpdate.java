package io.pactum.benchmarks.risk;

import io.pactum.rules.risk.AlertDiff;
import io.pactum.rules.risk.ObligationChange;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.RiskMonitor;
import io.pactum.rules.risk.RiskSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * One build's side of a {@link PairedComparison}: a monitor over the benchmark portfolio
 * (1,000,000 contracts) and the scattered change of {@code RiskScanBenchmark} (one obligation in
 * each of 100,000 contracts, paid if open and reopened if paid), applied and reverted by turns
 * with {@code putObligations}. It implements a JDK interface, so that a comparison loading it
 * from two builds' jars, each in its own class loader, can call both.
 */
public final class PairedBatchUpdate implements IntToLongFunction {

    private final RiskMonitor monitor;
    private final List<ObligationChange> changed = new ArrayList<>();
    private final List<ObligationChange> original = new ArrayList<>();
    private long raised;

    /** Builds the portfolio, the monitor and the change (tens of seconds, a few GB of heap). */
    public PairedBatchUpdate() {
        RiskSnapshot[] portfolio = RiskData.portfolio(1_000_000, 20_261_123L);
        monitor = RiskData.engine().monitor(Arrays.asList(portfolio), RiskData.AS_OF);
        Random r = new Random(7);
        Set<Integer> picked = new HashSet<>();
        while (changed.size() < portfolio.length / 10) {
            int i = r.nextInt(portfolio.length);
            if (picked.add(i)) {
                RiskSnapshot s = portfolio[i];
                ObligationSnapshot old = s.obligations().get(r.nextInt(s.obligations().size()));
                ObligationSnapshot now = old.fulfilledOn() == null ? old.fulfilled(RiskData.AS_OF)
                        : new ObligationSnapshot(old.id(), old.kind(), old.dueDate(), null, old.outstanding());
                changed.add(new ObligationChange(s.contractId(), now));
                original.add(new ObligationChange(s.contractId(), old));
            }
        }
    }

    /**
     * Applies the change in an even round and reverts it in an odd one.
     *
     * @return the nanoseconds the {@code putObligations} call took
     */
    @Override
    public long applyAsLong(int round) {
        long start = System.nanoTime();
        AlertDiff diff = monitor.putObligations(round % 2 == 0 ? changed : original);
        long took = System.nanoTime() - start;
        raised += diff.raised().size(); // kept, so that the call's result is used
        return took;
    }

    /** The alerts raised so far, summed over the rounds. */
    public long raised() {
        return raised;
    }
}
