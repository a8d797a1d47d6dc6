package io.pactum.rules.condition;

import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RiskLevel;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The compiled node kinds. There are only two classes, a group (and, or, not) and a leaf (a test
 * of one field), so calls between nodes stay bimorphic and the JIT can inline them.
 */
final class Nodes {

    private static final int AND = 0;
    private static final int OR = 1;
    private static final int NOT = 2;

    private static final int DECIMAL = 0;
    private static final int RISK = 2;
    private static final int COMPARABLE = 3;
    private static final int SET = 4;
    private static final int STRING = 5;
    private static final int IDENTITY = 6;

    private Nodes() {
    }

    static Node and(Node[] parts) {
        return new Group(AND, parts);
    }

    static Node or(Node[] parts) {
        return new Group(OR, parts);
    }

    static Node not(Node inner) {
        return new Group(NOT, new Node[] {inner});
    }

    static Node scalar(String path, String text, Accessors.Accessor accessor, Operator op, Object[] literals,
            boolean money, String currency) {
        return new Leaf(path, text, accessor, op, literals, money, currency);
    }

    static Node set(String path, String text, Accessors.Accessor accessor, @Nullable String element) {
        return new Leaf(path, text, accessor, element == null ? Operator.PRESENT : Operator.CONTAINS,
                element == null ? new Object[0] : new Object[] {element}, false, "");
    }

    /** And, or, not. */
    static final class Group implements Node {
        private final int kind;
        private final Node[] parts;

        Group(int kind, Node[] parts) {
            this.kind = kind;
            this.parts = parts;
        }

        @Override
        public boolean test(ContractFacts f, BigDecimal amount, @Nullable BigDecimal budget) {
            if (kind == AND) {
                for (Node p : parts) {
                    if (!p.test(f, amount, budget)) {
                        return false;
                    }
                }
                return true;
            }
            if (kind == OR) {
                for (Node p : parts) {
                    if (p.test(f, amount, budget)) {
                        return true;
                    }
                }
                return false;
            }
            return !parts[0].test(f, amount, budget);
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            if (kind == AND) {
                for (Node p : parts) {
                    p.explain(v, out);
                }
            } else if (kind == OR) {
                for (Node p : parts) {
                    if (p.test(v.facts(), v.amountValue(), v.budgetValue())) {
                        p.explain(v, out);
                        return;
                    }
                }
            } else {
                // The negated condition is false: every fact it reads is part of the reason.
                parts[0].describe(v, "not ", out);
            }
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            for (Node p : parts) {
                p.describe(v, kind == NOT ? prefix + "not " : prefix, out);
            }
        }
    }

    /** A test of one field; an absent value fails every operator. */
    static final class Leaf implements Node {
        private final String path;
        private final String text;
        private final Accessors.Accessor accessor;
        private final Operator op;
        private final Object first;
        private final @Nullable Object second;
        private final @Nullable Set<Object> set;
        private final boolean money;
        private final String currency;
        private final int kind;

        Leaf(String path, String text, Accessors.Accessor accessor, Operator op, Object[] literals, boolean money,
                String currency) {
            this.path = path;
            this.text = text;
            this.accessor = accessor;
            this.op = op;
            this.first = literals.length > 0 ? literals[0] : Boolean.TRUE;
            this.second = literals.length > 1 ? literals[1] : null;
            this.money = money;
            this.currency = currency;
            if (op == Operator.CONTAINS || op == Operator.PRESENT && literals.length == 0 && isSetPath(path)) {
                this.kind = SET;
            } else {
                // One kind per value class, so that each comparison is a direct, inlinable call.
                this.kind = first instanceof BigDecimal ? DECIMAL
                        : first instanceof String ? STRING
                        : first instanceof Boolean || first instanceof Direction ? IDENTITY
                        : first instanceof RiskLevel ? RISK : COMPARABLE;
            }
            if (op == Operator.IN && !(first instanceof BigDecimal)) {
                this.set = new HashSet<>(List.of(literals));
            } else if (op == Operator.IN) {
                // Numbers compare by value, not scale.
                Set<Object> s = new HashSet<>();
                for (Object o : literals) {
                    s.add(strip((BigDecimal) o));
                }
                this.set = s;
            } else {
                this.set = null;
            }
        }

        private static boolean isSetPath(String path) {
            return path.equals("deviation.fallback") || path.equals("deviation.edited")
                    || path.equals("deviation.missingMandatory");
        }

        @Override
        public boolean test(ContractFacts f, BigDecimal amount, @Nullable BigDecimal budget) {
            Object x = accessor.get(f, amount, budget);
            if (x == null) {
                return false;
            }
            if (kind == SET) {
                Set<?> s = (Set<?>) x;
                return op == Operator.CONTAINS ? s.contains(first) : !s.isEmpty();
            }
            switch (op) {
                case PRESENT:
                    return true;
                case EQ:
                    return compare(x, first) == 0;
                case NE:
                    return compare(x, first) != 0;
                case LT:
                    return compare(x, first) < 0;
                case LTE:
                    return compare(x, first) <= 0;
                case GT:
                    return compare(x, first) > 0;
                case GTE:
                    return compare(x, first) >= 0;
                case BETWEEN:
                    return compare(x, first) >= 0 && compare(x, second == null ? first : second) < 0;
                case IN:
                    return set != null && set.contains(x instanceof BigDecimal ? strip((BigDecimal) x) : x);
                default:
                    return false;
            }
        }

        private static Object strip(BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }

        @SuppressWarnings("unchecked")
        private int compare(Object x, Object literal) {
            switch (kind) {
                case DECIMAL:
                    return ((BigDecimal) x).compareTo((BigDecimal) literal);
                case STRING:
                    return ((String) x).equals(literal) ? 0 : 1;
                case IDENTITY:
                    // Enum constants and the two canonical Booleans (facts box through Boolean.valueOf).
                    return x == literal || x.equals(literal) ? 0 : 1;
                case RISK:
                    return ((RiskLevel) x).compareTo((RiskLevel) literal);
                default:
                    return ((Comparable<Object>) x).compareTo(literal);
            }
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            describe(v, "", out);
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            Object x = accessor.get(v.facts(), v.amountValue(), v.budgetValue());
            String actual = x == null ? "(absent)"
                    : x instanceof BigDecimal ? ((BigDecimal) x).toPlainString() + (money ? " " + currency : "")
                    : x.toString();
            out.add(new FactUsed(path, actual, prefix + text));
        }
    }
}
