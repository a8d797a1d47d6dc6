package io.pactum.rules.approval;

import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.Operator;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.RiskLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds conditions that can never hold: contradictory tests on one field inside an {@code and}
 * (an empty amount range, two different equalities, an equality outside an {@code in}), or an
 * {@code or} all of whose parts can never hold. Conservative: when unsure, a condition can hold.
 */
final class Satisfiability {

    private Satisfiability() {
    }

    static boolean canHold(Condition c) {
        if (c instanceof Condition.Or) {
            return ((Condition.Or) c).conditions().stream().anyMatch(Satisfiability::canHold);
        }
        if (c instanceof Condition.Not) {
            return true;
        }
        List<Condition> parts = c instanceof Condition.And ? ((Condition.And) c).conditions() : List.of(c);
        Map<String, AmountRange> ranges = new HashMap<>();
        Map<String, Set<Object>> allowed = new HashMap<>();
        Map<String, Set<Object>> excluded = new HashMap<>();
        for (Condition part : parts) {
            if (!(part instanceof Condition.Test)) {
                if (!canHold(part)) {
                    return false;
                }
                continue;
            }
            Condition.Test t = (Condition.Test) part;
            List<AttributeValue> v = t.values();
            if (t.op() == Operator.IN || t.op() == Operator.EQ && !(v.get(0) instanceof AttributeValue.Number)) {
                Set<Object> s = new HashSet<>(v);
                allowed.merge(t.field(), s, (a, b) -> {
                    Set<Object> r = new HashSet<>(a);
                    r.retainAll(b);
                    return r;
                });
            } else if (t.op() == Operator.NE && !(v.get(0) instanceof AttributeValue.Number)) {
                excluded.computeIfAbsent(t.field(), k -> new HashSet<>()).add(v.get(0));
            } else if (!v.isEmpty() && (v.get(0) instanceof AttributeValue.Number || isRisk(t))) {
                AmountRange r = range(t);
                if (r != null) {
                    ranges.merge(t.field(), r, AmountRange::intersect);
                }
            }
        }
        for (AmountRange r : ranges.values()) {
            if (r.isEmpty()) {
                return false;
            }
        }
        for (Map.Entry<String, Set<Object>> e : allowed.entrySet()) {
            Set<Object> left = new HashSet<>(e.getValue());
            left.removeAll(excluded.getOrDefault(e.getKey(), Set.of()));
            if (left.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRisk(Condition.Test t) {
        return t.field().equals("riskLevel") && t.op() != Operator.IN && t.op() != Operator.EQ
                && t.op() != Operator.NE;
    }

    private static @Nullable AmountRange range(Condition.Test t) {
        List<AttributeValue> v = new ArrayList<>();
        for (AttributeValue a : t.values()) {
            if (a instanceof AttributeValue.Text) {
                // Risk levels are ordered: compare them by position.
                v.add(AttributeValue.number(java.math.BigDecimal.valueOf(
                        RiskLevel.valueOf(((AttributeValue.Text) a).value()).ordinal())));
            } else {
                v.add(a);
            }
        }
        Condition.Test asAmount = new Condition.Test("amount", t.op(), v);
        return AmountRange.of(asAmount).orElse(null);
    }
}
