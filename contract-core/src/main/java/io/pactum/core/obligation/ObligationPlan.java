package io.pactum.core.obligation;

import io.pactum.core.error.PactumException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An obligation plan: the ordered list of obligation definitions of a contract (or of a contract
 * type's template), as data.
 *
 * <p>Invariants: ids are unique; an {@code OBLIGATION_FULFILLED} event names an obligation of the
 * plan, not itself, and the references form no cycle; the percentages of the contract value in
 * each payment direction sum to at most 100; at most {@link #MAX_OBLIGATIONS} lines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param obligations the definitions, in plan order
 */
public record ObligationPlan(List<ObligationDefinition> obligations) {

    /** The most lines one plan may have. */
    public static final int MAX_OBLIGATIONS = 1000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the invariants.
     *
     * @throws PactumException {@link ScheduleError#PLAN_INVALID} or {@link ScheduleError#PERCENTAGES_OVER_100},
     *     with the path {@code obligations[i]...}
     */
    public ObligationPlan {
        obligations = List.copyOf(obligations);
        if (obligations.size() > MAX_OBLIGATIONS) {
            throw new PactumException(ScheduleError.PLAN_INVALID, "obligations",
                    "a plan may have at most " + MAX_OBLIGATIONS + " obligations, got " + obligations.size());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < obligations.size(); i++) {
            if (index.putIfAbsent(obligations.get(i).id(), i) != null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "obligations[" + i + "].id",
                        "obligation id " + obligations.get(i).id() + " is used twice");
            }
        }
        Map<ObligationKind, BigDecimal> percents = new HashMap<>();
        for (int i = 0; i < obligations.size(); i++) {
            ObligationDefinition d = obligations.get(i);
            EventRef ref = waitsFor(d).orElse(null);
            if (ref != null && ref.obligationId() != null) {
                if (!index.containsKey(ref.obligationId())) {
                    throw new PactumException(ScheduleError.PLAN_INVALID, "obligations[" + i + "].due",
                            d.id() + " waits for unknown obligation " + ref.obligationId());
                }
                checkNoCycle(obligations, index, i);
            }
            if (d.amount() instanceof AmountRule.PercentOfContract p) {
                BigDecimal sum = percents.merge(d.kind(), p.percent(), BigDecimal::add);
                if (sum.compareTo(HUNDRED) > 0) {
                    throw new PactumException(ScheduleError.PERCENTAGES_OVER_100, "obligations[" + i + "].amount",
                            d.kind() + " percentages reach " + sum.toPlainString() + " at " + d.id() + ", more than 100");
                }
            }
        }
    }

    /** A plan of the given definitions. */
    public static ObligationPlan of(ObligationDefinition... obligations) {
        return new ObligationPlan(List.of(obligations));
    }

    /** The definition with {@code id}. */
    public Optional<ObligationDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        return obligations.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The event a definition's due rule waits for, if any. */
    static Optional<EventRef> waitsFor(ObligationDefinition d) {
        DueRule rule = d.due();
        if (rule instanceof DueRule.Recurring r) {
            rule = r.start();
        }
        return rule instanceof DueRule.AfterEvent a ? Optional.of(a.event()) : Optional.empty();
    }

    private static void checkNoCycle(List<ObligationDefinition> obligations, Map<String, Integer> index, int start) {
        Set<String> seen = new HashSet<>();
        ObligationDefinition d = obligations.get(start);
        while (true) {
            if (!seen.add(d.id())) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "obligations[" + start + "].due",
                        "obligation " + obligations.get(start).id() + " waits for itself through " + seen);
            }
            EventRef ref = waitsFor(d).orElse(null);
            if (ref == null || ref.obligationId() == null) {
                return;
            }
            d = obligations.get(index.get(ref.obligationId()));
        }
    }
}
