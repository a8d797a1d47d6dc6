package io.pactum.rules.approval;

import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.Operator;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which rules to evaluate for a contract: rules whose condition requires one text field to equal
 * a value (such as {@code type == "purchase"}) are filed under that value, like the alpha-node
 * hashing of a Rete network, so a contract evaluates only the rules filed under its own value and
 * the rules filed under none. The field chosen is the one that files the most rules. Evaluating
 * the skipped rules would have given false, so the result is the same.
 */
final class RuleIndex {

    private static final List<String> FIELDS = List.of("type", "department", "region", "counterparty");

    private final @Nullable String field;
    private final int code;
    private final int[] unfiled;
    private final Map<String, int[]> byValue;

    private RuleIndex(@Nullable String field, int[] unfiled, Map<String, int[]> byValue) {
        this.field = field;
        this.code = field == null ? -1 : FIELDS.indexOf(field);
        this.unfiled = unfiled;
        this.byValue = byValue;
    }

    static RuleIndex of(List<ApprovalRule> rules) {
        String best = null;
        int bestCount = 1;
        for (String f : FIELDS) {
            int count = 0;
            for (ApprovalRule r : rules) {
                if (r.when() != null && values(r.when(), f) != null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        List<Integer> unfiled = new ArrayList<>();
        Map<String, Set<Integer>> filed = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Condition when = rules.get(i).when();
            if (when == null) {
                continue;
            }
            Set<String> vs = best == null ? null : values(when, best);
            if (vs == null) {
                unfiled.add(i);
            } else {
                for (String v : vs) {
                    filed.computeIfAbsent(v, k -> new TreeSet<>()).add(i);
                }
            }
        }
        Map<String, int[]> byValue = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> e : filed.entrySet()) {
            Set<Integer> all = new TreeSet<>(unfiled);
            all.addAll(e.getValue());
            byValue.put(e.getKey(), all.stream().mapToInt(Integer::intValue).toArray());
        }
        return new RuleIndex(best, unfiled.stream().mapToInt(Integer::intValue).toArray(), byValue);
    }

    /** Whether a rule is filed under values of the index field (its test of the field is then already known true). */
    boolean filed(@Nullable Condition c) {
        return field != null && c != null && values(c, field) != null;
    }

    /**
     * What remains of a filed rule's condition once its test of the index field is known to hold:
     * the other parts of its {@code and}, or {@code null} when nothing remains.
     */
    @Nullable Condition residual(Condition c) {
        if (!(c instanceof Condition.And)) {
            return null;
        }
        List<Condition> rest = new ArrayList<>();
        boolean dropped = false;
        for (Condition p : ((Condition.And) c).conditions()) {
            if (!dropped && p instanceof Condition.Test && ((Condition.Test) p).field().equals(field)
                    && (((Condition.Test) p).op() == Operator.EQ || ((Condition.Test) p).op() == Operator.IN)) {
                dropped = true;
            } else {
                rest.add(p);
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        return rest.size() == 1 ? rest.get(0) : new Condition.And(rest);
    }

    /** The values a condition requires the field to have, or {@code null} when it requires none. */
    private static @Nullable Set<String> values(Condition c, String field) {
        List<Condition> parts = c instanceof Condition.And ? ((Condition.And) c).conditions() : List.of(c);
        for (Condition p : parts) {
            if (p instanceof Condition.Test) {
                Condition.Test t = (Condition.Test) p;
                if (t.field().equals(field) && (t.op() == Operator.EQ || t.op() == Operator.IN)) {
                    Set<String> out = new LinkedHashSet<>();
                    for (AttributeValue v : t.values()) {
                        out.add(((AttributeValue.Text) v).value());
                    }
                    return out;
                }
            }
        }
        return null;
    }

    /** The indexes of the rules to evaluate for a contract, in policy order. */
    int[] candidates(ContractFacts facts) {
        String value;
        switch (code) {
            case 0:
                value = facts.type().value();
                break;
            case 1:
                value = facts.department().value();
                break;
            case 2:
                value = facts.region();
                break;
            case 3:
                value = facts.counterparty().value();
                break;
            default:
                return unfiled;
        }
        int[] rules = value == null ? null : byValue.get(value);
        return rules == null ? unfiled : rules;
    }
}
