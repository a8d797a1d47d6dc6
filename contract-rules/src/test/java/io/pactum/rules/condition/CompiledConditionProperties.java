package io.pactum.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.facts.RiskLevel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compiled evaluator agrees with a plain reading of the grammar on random conditions and facts. */
class CompiledConditionProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final FieldCatalog FIELDS = FieldCatalog.withAttributes(Map.of("headcount", ValueType.NUMBER));

    @Provide
    Arbitrary<Condition> conditions() {
        return condition(3);
    }

    private static Arbitrary<Condition> condition(int depth) {
        Arbitrary<Condition> leaf = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), Arbitraries.of("sales", "nda"))
                        .as((op, v) -> Condition.test("type", op, AttributeValue.text(v))),
                Arbitraries.of("sales", "nda", "lease").list().ofMinSize(1).ofMaxSize(2)
                        .map(vs -> Condition.in("type", vs.toArray(String[]::new))),
                Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT,
                        Operator.GTE), Arbitraries.of("0", "100", "100.5", "1000"))
                        .as((op, v) -> Condition.compare("amount", op, v)),
                Arbitraries.of("0", "100", "1000").map(v -> Condition.between("amount", v, "5000")),
                Combinators.combine(Arbitraries.of(Operator.LT, Operator.GTE, Operator.EQ), Arbitraries.of(RiskLevel.class))
                        .as((op, r) -> Condition.test("riskLevel", op, AttributeValue.text(r.name()))),
                Arbitraries.of(Direction.class).map(d -> Condition.test("direction", Operator.EQ,
                        AttributeValue.text(d.name()))),
                Arbitraries.of(Operator.EQ, Operator.NE).map(op -> Condition.test("region", op,
                        AttributeValue.text("east"))),
                Arbitraries.just(Condition.test("region", Operator.PRESENT)),
                Arbitraries.of("liability", "ip").map(c -> Condition.contains("deviation.edited", c)),
                Arbitraries.just(Condition.test("deviation.edited", Operator.PRESENT)),
                Arbitraries.of(true, false).map(b -> Condition.is("overBudget", b)),
                Arbitraries.of("3", "12").map(v -> Condition.compare("attributes.headcount", Operator.GT, v)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Condition> sub = condition(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(l -> new Condition.And(l))),
                net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(l -> new Condition.Or(l))),
                net.jqwik.api.Tuple.of(1, sub.map(Condition::not)));
    }

    @Provide
    Arbitrary<ContractFacts> facts() {
        return Combinators.combine(Arbitraries.of("sales", "nda", "lease"), Arbitraries.of(0L, 10000L, 10050L, 100000L,
                        100001L, 500000L), Arbitraries.of(RiskLevel.class), Arbitraries.of(Direction.class),
                Arbitraries.of("east", "west", ""), Arbitraries.of("liability", "ip", "").set().ofMaxSize(2),
                Arbitraries.of(-1L, 50000L, 100000L), Arbitraries.of(-1, 3, 12))
                .as((type, fen, risk, dir, region, edited, budget, head) -> {
                    ContractFacts.Builder b = ContractFacts.builder(ContractId.of("c"), ContractTypeId.of(type),
                            Money.ofMinor(fen, CNY), DepartmentId.of("d"), PartyId.of("p"), UserId.of("o"),
                            UserId.of("s")).riskLevel(risk).direction(dir)
                            .deviations(new DeviationFacts(Set.of(), edited, Set.of(), false));
                    if (!region.isEmpty()) {
                        b.region(region);
                    }
                    if (budget >= 0) {
                        b.budgetCeiling(Money.ofMinor(budget, CNY));
                    }
                    if (head >= 0) {
                        b.attribute("headcount", AttributeValue.number(BigDecimal.valueOf(head)));
                    }
                    return b.build();
                });
    }

    @Property
    void test_randomConditionAndFacts_agreesWithReference(@ForAll("conditions") Condition c,
            @ForAll("facts") ContractFacts f) {
        FactsView view = FactsView.of(f, CNY, RateSource.sameCurrencyOnly());
        CompiledCondition compiled = CompiledCondition.compile(c, FIELDS, CNY);
        boolean expected = reference(c, f);
        assertEquals(expected, compiled.test(view), c::toString);
        // Explanations exist exactly when the condition holds.
        assertEquals(expected, !compiled.explain(view).isEmpty(), c::toString);
    }

    /** A plain reading of the grammar, written independently of the compiler. */
    private static boolean reference(Condition c, ContractFacts f) {
        if (c instanceof Condition.And) {
            return ((Condition.And) c).conditions().stream().allMatch(x -> reference(x, f));
        }
        if (c instanceof Condition.Or) {
            return ((Condition.Or) c).conditions().stream().anyMatch(x -> reference(x, f));
        }
        if (c instanceof Condition.Not) {
            return !reference(((Condition.Not) c).condition(), f);
        }
        Condition.Test t = (Condition.Test) c;
        List<AttributeValue> v = t.values();
        switch (t.field()) {
            case "type":
                return text(t.op(), f.type().value(), v);
            case "region":
                return f.region() != null && (t.op() == Operator.PRESENT || text(t.op(), f.region(), v));
            case "direction":
                return f.direction().name().equals(((AttributeValue.Text) v.get(0)).value());
            case "riskLevel": {
                int cmp = Integer.compare(f.riskLevel().ordinal(),
                        RiskLevel.valueOf(((AttributeValue.Text) v.get(0)).value()).ordinal());
                return ordered(t.op(), cmp, 0);
            }
            case "amount":
                return number(t.op(), f.amount().amount(), v);
            case "attributes.headcount":
                return f.attribute("headcount").isPresent()
                        && number(t.op(), ((AttributeValue.Number) f.attribute("headcount").get()).value(), v);
            case "overBudget": {
                boolean over = f.budgetCeiling() != null && f.amount().compareTo(f.budgetCeiling()) > 0;
                return over == ((AttributeValue.Flag) v.get(0)).value();
            }
            default:
                Set<String> edited = f.deviations().editedCategories();
                return t.op() == Operator.PRESENT ? !edited.isEmpty()
                        : edited.contains(((AttributeValue.Text) v.get(0)).value());
        }
    }

    private static boolean text(Operator op, String actual, List<AttributeValue> v) {
        boolean anyEqual = v.stream().anyMatch(x -> ((AttributeValue.Text) x).value().equals(actual));
        return op == Operator.NE ? !anyEqual : anyEqual;
    }

    private static boolean number(Operator op, BigDecimal actual, List<AttributeValue> v) {
        BigDecimal first = ((AttributeValue.Number) v.get(0)).value();
        if (op == Operator.BETWEEN) {
            return actual.compareTo(first) >= 0 && actual.compareTo(((AttributeValue.Number) v.get(1)).value()) < 0;
        }
        return ordered(op, actual.compareTo(first), 0);
    }

    private static boolean ordered(Operator op, int cmp, int zero) {
        switch (op) {
            case EQ:
                return cmp == zero;
            case NE:
                return cmp != zero;
            case LT:
                return cmp < zero;
            case LTE:
                return cmp <= zero;
            case GT:
                return cmp > zero;
            default:
                return cmp >= zero;
        }
    }
}
