package io.pactum.rules.approval;

import io.pactum.core.money.Money;
import io.pactum.rules.condition.CompiledCondition;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.Operator;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which rules to evaluate for a contract, and which hold without evaluating anything, along two
 * axes like the alpha nodes of a Rete network.
 *
 * <p>By value: rules whose condition requires one text field to equal a value (such as
 * {@code type == "purchase"}) are filed under that value, so a contract sees only the rules filed
 * under its own value and the rules filed under none. The field chosen is the one that files the
 * most rules.
 *
 * <p>By amount: within those, the top-level amount tests of each rule ({@code amount between
 * 100000 and 1000000}, {@code amount >= 5000000}) are read as intervals and the axis is cut into
 * slots at their bounds ({@link FiledRules}), so that a whole group of amount bands costs one
 * binary search. A rule whose condition is only its filing test and its amount tests then holds
 * or not by its slot alone; any other test is evaluated only in the slots where its amount tests
 * hold.
 *
 * <p>A rule is skipped only where evaluating it would have given false, so the applying rules are
 * the same as evaluating every condition, with one difference left to the conjunction's own
 * short-circuit: a test that is not reached is not evaluated, so a custom attribute of the wrong
 * type raises its error only when the contract gets that far.
 */
final class RuleIndex {

    private static final List<String> FIELDS = List.of("type", "department", "region", "counterparty");
    /** Above this many slot-times-rule entries in one table, that table keeps a single slot. */
    private static final int AXIS_BUDGET = 1 << 13;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final int code;
    private final Map<String, FiledRules> byValue;
    private final FiledRules unfiled;

    private RuleIndex(int code, Map<String, FiledRules> byValue, FiledRules unfiled) {
        this.code = code;
        this.byValue = byValue;
        this.unfiled = unfiled;
    }

    /** One rule taken apart: the values it is filed under, its amount interval, and the rest. */
    private record Parts(@Nullable Set<String> values, AmountRange range, @Nullable CompiledCondition rest, @Nullable CompiledCondition residual) {
    }

    /** Files the rules of a checked policy (every condition compiles). */
    static RuleIndex of(ApprovalPolicy policy) {
        List<ApprovalRule> rules = policy.rules();
        String field = chooseField(rules);
        int scale = Money.minorUnitScale(policy.currency());
        Parts[] parts = new Parts[rules.size()];
        List<Integer> unfiledRules = new ArrayList<>();
        Map<String, Set<Integer>> filed = new TreeMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Condition when = rules.get(i).when();
            if (when == null) {
                continue;
            }
            parts[i] = split(when, field, policy);
            if (parts[i].values() == null) {
                unfiledRules.add(i);
            } else {
                for (String v : parts[i].values()) {
                    filed.computeIfAbsent(v, k -> new TreeSet<>()).add(i);
                }
            }
        }
        Map<String, FiledRules> byValue = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> e : filed.entrySet()) {
            Set<Integer> all = new TreeSet<>(unfiledRules);
            all.addAll(e.getValue());
            byValue.put(e.getKey(), table(all, parts, rules.size(), scale));
        }
        return new RuleIndex(field == null ? -1 : FIELDS.indexOf(field), byValue,
                table(unfiledRules, parts, rules.size(), scale));
    }

    private static @Nullable String chooseField(List<ApprovalRule> rules) {
        String best = null;
        int bestCount = 1;
        for (String f : FIELDS) {
            int count = 0;
            for (ApprovalRule r : rules) {
                if (r.when() != null && filingTest(r.when(), f) != null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        return best;
    }

    /** The first top-level test requiring the field to equal a value, or {@code null}. */
    private static Condition.@Nullable Test filingTest(Condition c, String field) {
        for (Condition p : conjuncts(c)) {
            if (p instanceof Condition.Test) {
                Condition.Test t = (Condition.Test) p;
                if (t.field().equals(field) && (t.op() == Operator.EQ || t.op() == Operator.IN)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<Condition> conjuncts(Condition c) {
        return c instanceof Condition.And ? ((Condition.And) c).conditions() : List.of(c);
    }

    private static Parts split(Condition when, @Nullable String field, ApprovalPolicy policy) {
        Condition.Test filing = field == null ? null : filingTest(when, field);
        Set<String> values = null;
        if (filing != null) {
            values = new LinkedHashSet<>();
            for (AttributeValue v : filing.values()) {
                values.add(((AttributeValue.Text) v).value());
            }
        }
        List<Condition> rest = new ArrayList<>();
        List<Condition> residual = new ArrayList<>();
        AmountRange range = AmountRange.ALL;
        for (Condition p : conjuncts(when)) {
            if (p == filing) {
                continue;
            }
            residual.add(p);
            Optional<AmountRange> r = p instanceof Condition.Test ? AmountRange.single((Condition.Test) p)
                    : Optional.empty();
            if (r.isPresent()) {
                range = range.intersect(r.get());
            } else {
                rest.add(p);
            }
        }
        return new Parts(values, range, compile(rest, policy), compile(residual, policy));
    }

    private static @Nullable CompiledCondition compile(List<Condition> parts, ApprovalPolicy policy) {
        if (parts.isEmpty()) {
            return null;
        }
        Condition c = parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
        return CompiledCondition.compile(c, policy.fields(), policy.currency());
    }

    /** The slot table of a set of rules: amount slots when affordable, else one slot. */
    private static FiledRules table(Iterable<Integer> ruleSet, Parts[] parts, int ruleCount, int scale) {
        List<Integer> rules = new ArrayList<>();
        ruleSet.forEach(rules::add);
        TreeSet<BigDecimal> cuts = new TreeSet<>();
        for (int i : rules) {
            AmountRange r = parts[i].range();
            if (r.low() != null) {
                cuts.add(r.low());
            }
            if (r.high() != null) {
                cuts.add(r.high());
            }
        }
        boolean axis = (2L * cuts.size() + 1) * rules.size() <= AXIS_BUDGET;
        BigDecimal[] bounds = axis ? atScale(cuts, scale) : new BigDecimal[0];
        int slots = 2 * bounds.length + 1;
        int words = (ruleCount + 63) >>> 6;
        long[][] known = new long[slots][words];
        int[][] evaluate = new int[slots][];
        CompiledCondition[] tests = new CompiledCondition[ruleCount];
        for (int s = 0; s < slots; s++) {
            BigDecimal at = axis ? representative(bounds, s) : null;
            List<Integer> left = new ArrayList<>();
            for (int i : rules) {
                Parts p = parts[i];
                CompiledCondition rest = axis ? p.rest() : p.residual();
                if (axis && !p.range().contains(at)) {
                    continue;
                }
                if (rest == null) {
                    known[s][i >>> 6] |= 1L << i;
                } else {
                    left.add(i);
                    tests[i] = rest;
                }
            }
            evaluate[s] = left.stream().mapToInt(Integer::intValue).toArray();
        }
        return new FiledRules(bounds, known, evaluate, tests);
    }

    /** The bounds at the currency's minor-unit scale where exact, so comparisons take BigDecimal's fast path. */
    private static BigDecimal[] atScale(TreeSet<BigDecimal> cuts, int scale) {
        BigDecimal[] out = new BigDecimal[cuts.size()];
        int k = 0;
        for (BigDecimal b : cuts) {
            out[k++] = b.scale() <= scale ? b.setScale(scale) : b;
        }
        return out;
    }

    /** An amount inside a slot: the bound itself, or a point strictly between its neighbours. */
    private static BigDecimal representative(BigDecimal[] bounds, int slot) {
        if (bounds.length == 0) {
            return BigDecimal.ZERO;
        }
        if (slot % 2 == 1) {
            return bounds[slot / 2];
        }
        int p = slot / 2;
        if (p == 0) {
            return bounds[0].subtract(BigDecimal.ONE);
        }
        if (p == bounds.length) {
            return bounds[p - 1].add(BigDecimal.ONE);
        }
        return bounds[p - 1].add(bounds[p]).multiply(HALF);
    }

    /** The rules for a contract, by its value of the index field. */
    FiledRules rules(ContractFacts facts) {
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
        FiledRules rules = value == null ? null : byValue.get(value);
        return rules == null ? unfiled : rules;
    }
}
