package io.pactum.rules.condition;

import io.pactum.rules.facts.RiskLevel;
import io.pactum.rules.facts.Direction;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The compiled node kinds: and, or, not, a scalar test and a set test. */
final class Nodes {

    private Nodes() {
    }

    static final class And implements Node {
        private final Node[] parts;

        And(Node[] parts) {
            this.parts = parts;
        }

        @Override
        public boolean test(FactsView v) {
            for (Node p : parts) {
                if (!p.test(v)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            for (Node p : parts) {
                p.explain(v, out);
            }
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            for (Node p : parts) {
                p.describe(v, prefix, out);
            }
        }
    }

    static final class Or implements Node {
        private final Node[] parts;

        Or(Node[] parts) {
            this.parts = parts;
        }

        @Override
        public boolean test(FactsView v) {
            for (Node p : parts) {
                if (p.test(v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            for (Node p : parts) {
                if (p.test(v)) {
                    p.explain(v, out);
                    return;
                }
            }
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            for (Node p : parts) {
                p.describe(v, prefix, out);
            }
        }
    }

    static final class Not implements Node {
        private final Node inner;

        Not(Node inner) {
            this.inner = inner;
        }

        @Override
        public boolean test(FactsView v) {
            return !inner.test(v);
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            // The inner condition is false: every fact it reads is part of the reason.
            inner.describe(v, "not ", out);
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            inner.describe(v, prefix + "not ", out);
        }
    }

    private static final int DECIMAL = 0;
    private static final int EQUALITY = 1;
    private static final int RISK = 2;
    private static final int COMPARABLE = 3;

    /** A test of one scalar field; an absent value fails every operator. */
    static final class Scalar implements Node {
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

        Scalar(String path, String text, Accessors.Accessor accessor, Operator op, Object[] literals, boolean money,
                String currency) {
            this.path = path;
            this.text = text;
            this.accessor = accessor;
            this.op = op;
            this.first = literals.length > 0 ? literals[0] : Boolean.TRUE;
            this.second = literals.length > 1 ? literals[1] : null;
            this.money = money;
            this.currency = currency;
            this.kind = first instanceof BigDecimal ? DECIMAL
                    : first instanceof String || first instanceof Boolean || first instanceof Direction ? EQUALITY
                    : first instanceof RiskLevel ? RISK : COMPARABLE;
            if (op == Operator.IN && !(first instanceof BigDecimal)) {
                this.set = new HashSet<>(List.of(literals));
            } else if (op == Operator.IN) {
                // Numbers compare by value, not scale: keep them for compareTo.
                Set<Object> s = new HashSet<>();
                for (Object o : literals) {
                    s.add(((BigDecimal) o).stripTrailingZeros());
                }
                this.set = s;
            } else {
                this.set = null;
            }
        }

        @Override
        public boolean test(FactsView v) {
            Object x = accessor.get(v);
            if (x == null) {
                return false;
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
                case EQUALITY:
                    return x.equals(literal) ? 0 : 1;
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
            Object x = accessor.get(v);
            String actual = x == null ? "(absent)"
                    : x instanceof BigDecimal ? ((BigDecimal) x).toPlainString() + (money ? " " + currency : "")
                    : x.toString();
            out.add(new FactUsed(path, actual, prefix + text));
        }
    }

    /** A test of a set field: contains a name, or is not empty. */
    static final class SetTest implements Node {
        private final String path;
        private final String text;
        private final Accessors.Accessor accessor;
        private final @Nullable String element;

        SetTest(String path, String text, Accessors.Accessor accessor, @Nullable String element) {
            this.path = path;
            this.text = text;
            this.accessor = accessor;
            this.element = element;
        }

        @Override
        public boolean test(FactsView v) {
            Object x = accessor.get(v);
            if (!(x instanceof Set)) {
                return false;
            }
            Set<?> s = (Set<?>) x;
            return element == null ? !s.isEmpty() : s.contains(element);
        }

        @Override
        public void explain(FactsView v, List<FactUsed> out) {
            describe(v, "", out);
        }

        @Override
        public void describe(FactsView v, String prefix, List<FactUsed> out) {
            Object x = accessor.get(v);
            out.add(new FactUsed(path, String.valueOf(x), prefix + text));
        }
    }
}
