package io.pactum.rules.approval;

import io.pactum.rules.condition.Condition;
import io.pactum.rules.facts.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An interval of amounts read from a rule's condition, for the band checks. {@code null} bounds
 * are open ends.
 */
record AmountRange(@Nullable BigDecimal low, boolean lowInclusive, @Nullable BigDecimal high, boolean highInclusive) {

    static final AmountRange ALL = new AmountRange(null, false, null, false);

    /** The amount range a condition constrains at its top level (a test or an {@code and} of tests). */
    static Optional<AmountRange> of(@Nullable Condition c) {
        if (c instanceof Condition.Test) {
            return single((Condition.Test) c);
        }
        if (c instanceof Condition.And) {
            AmountRange r = null;
            for (Condition part : ((Condition.And) c).conditions()) {
                Optional<AmountRange> p = part instanceof Condition.Test ? single((Condition.Test) part) : Optional.empty();
                if (p.isPresent()) {
                    r = r == null ? p.get() : r.intersect(p.get());
                }
            }
            return Optional.ofNullable(r);
        }
        return Optional.empty();
    }

    /** The amount range of one test, or empty when it is not a range test of {@code amount}. */
    static Optional<AmountRange> single(Condition.Test t) {
        if (!t.field().equals("amount") || t.values().isEmpty()
                || !(t.values().get(0) instanceof AttributeValue.Number)) {
            return Optional.empty();
        }
        List<AttributeValue> v = t.values();
        BigDecimal x = ((AttributeValue.Number) v.get(0)).value();
        switch (t.op()) {
            case EQ:
                return Optional.of(new AmountRange(x, true, x, true));
            case LT:
                return Optional.of(new AmountRange(null, false, x, false));
            case LTE:
                return Optional.of(new AmountRange(null, false, x, true));
            case GT:
                return Optional.of(new AmountRange(x, false, null, false));
            case GTE:
                return Optional.of(new AmountRange(x, true, null, false));
            case BETWEEN:
                return Optional.of(new AmountRange(x, true, ((AttributeValue.Number) v.get(1)).value(), false));
            default:
                return Optional.empty();
        }
    }

    AmountRange intersect(AmountRange o) {
        BigDecimal lo = low;
        boolean loIn = lowInclusive;
        if (o.low != null && (lo == null || o.low.compareTo(lo) > 0 || o.low.compareTo(lo) == 0 && !o.lowInclusive)) {
            lo = o.low;
            loIn = o.lowInclusive;
        }
        BigDecimal hi = high;
        boolean hiIn = highInclusive;
        if (o.high != null && (hi == null || o.high.compareTo(hi) < 0 || o.high.compareTo(hi) == 0 && !o.highInclusive)) {
            hi = o.high;
            hiIn = o.highInclusive;
        }
        return new AmountRange(lo, loIn, hi, hiIn);
    }

    /** Whether an amount lies in this range. */
    boolean contains(BigDecimal x) {
        if (low != null) {
            int c = x.compareTo(low);
            if (c < 0 || c == 0 && !lowInclusive) {
                return false;
            }
        }
        if (high != null) {
            int c = x.compareTo(high);
            return c < 0 || c == 0 && highInclusive;
        }
        return true;
    }

    boolean isEmpty() {
        if (low == null || high == null) {
            return false;
        }
        int c = low.compareTo(high);
        return c > 0 || c == 0 && !(lowInclusive && highInclusive);
    }

    /** Whether this range, starting no later than {@code next}, overlaps it. */
    boolean overlaps(AmountRange next) {
        if (high == null || next.low == null) {
            return true;
        }
        int c = next.low.compareTo(high);
        return c < 0 || c == 0 && highInclusive && next.lowInclusive;
    }

    /** Whether amounts lie between the end of this range and the start of {@code next}. */
    boolean gapBefore(AmountRange next) {
        if (high == null || next.low == null) {
            return false;
        }
        int c = next.low.compareTo(high);
        return c > 0 || c == 0 && !highInclusive && !next.lowInclusive;
    }

    int compareLow(AmountRange o) {
        if (low == null || o.low == null) {
            return low == null ? (o.low == null ? 0 : -1) : 1;
        }
        int c = low.compareTo(o.low);
        return c != 0 ? c : Boolean.compare(!lowInclusive, !o.lowInclusive);
    }

    String describe() {
        return (low == null ? "(-inf" : (lowInclusive ? "[" : "(") + low.toPlainString()) + ", "
                + (high == null ? "inf)" : high.toPlainString() + (highInclusive ? "]" : ")"));
    }
}
