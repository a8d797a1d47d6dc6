package io.pactum.rules.condition;

import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.RiskLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition compiled once into a tree of small evaluators: field access is resolved, literals
 * are converted to the field's type, and {@code in} lists become hash sets. Evaluation allocates
 * nothing; {@link #explain} says which facts made the condition true.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledCondition {

    private final Condition condition;
    private final Node root;
    private final Currency currency;

    private CompiledCondition(Condition condition, Node root, Currency currency) {
        this.condition = condition;
        this.root = root;
        this.currency = currency;
    }

    /**
     * Checks and compiles a condition.
     *
     * @param condition the condition
     * @param catalog the fields that may be named
     * @param currency the currency money fields are compared in
     * @return the compiled condition
     * @throws ValidationException with every problem, at field paths such as {@code and[1].value}
     */
    public static CompiledCondition compile(Condition condition, FieldCatalog catalog, Currency currency) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(currency, "currency");
        List<Violation> violations = new ArrayList<>();
        Node root = node(condition, catalog, currency.getCurrencyCode(), "", violations);
        ValidationException.throwIfAny("condition", violations);
        return new CompiledCondition(condition, root, currency);
    }

    /** The condition this was compiled from. */
    public Condition condition() {
        return condition;
    }

    /** Whether the condition holds for the facts. */
    public boolean test(FactsView facts) {
        return root.test(facts.facts(), facts.amountValue(), facts.budgetValue());
    }

    /**
     * Whether the condition holds for facts whose amount and budget ceiling are already in the
     * currency the condition was compiled for: nothing to convert, so no view is prepared and
     * nothing is allocated (the router's path for most contracts).
     *
     * @param facts the contract facts
     * @return whether the condition holds
     * @throws PactumException {@link RuleError#RATE_MISSING} at {@code amount} or
     *     {@code budgetCeiling} when a money fact is in another currency; use
     *     {@link #test(FactsView)} with a {@link io.pactum.rules.facts.RateSource} for those
     */
    public boolean test(ContractFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Money amount = facts.amount();
        Money budget = facts.budgetCeiling();
        if (!amount.currency().equals(currency)) {
            throw notConverted("amount", amount);
        }
        if (budget != null && !budget.currency().equals(currency)) {
            throw notConverted("budgetCeiling", budget);
        }
        return root.test(facts, amount.amount(), budget == null ? null : budget.amount());
    }

    private PactumException notConverted(String field, Money money) {
        return new PactumException(RuleError.RATE_MISSING, field, field + " " + money + " is not in "
                + currency.getCurrencyCode() + ", the currency this condition compares in; prepare the facts with "
                + "FactsView.of(facts, currency, rates)");
    }

    /**
     * The facts that make the condition true: for {@code and} every part, for {@code or} the
     * first true part, for {@code not} the facts the negated part read.
     *
     * @return the facts, empty when the condition does not hold
     */
    public List<FactUsed> explain(FactsView facts) {
        if (!test(facts)) {
            return List.of();
        }
        List<FactUsed> out = new ArrayList<>();
        root.explain(facts, out);
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return condition.toString();
    }

    private static Node node(Condition c, FieldCatalog catalog, String currency, String path,
            List<Violation> violations) {
        if (c instanceof Condition.And || c instanceof Condition.Or) {
            boolean and = c instanceof Condition.And;
            List<Condition> parts = and ? ((Condition.And) c).conditions() : ((Condition.Or) c).conditions();
            String name = and ? "and" : "or";
            if (parts.isEmpty()) {
                violations.add(new Violation(join(path, name), RuleError.EMPTY_GROUP,
                        "\"" + name + "\" needs at least one condition"));
            }
            Node[] nodes = new Node[parts.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = node(parts.get(i), catalog, currency, join(path, name) + "[" + i + "]", violations);
            }
            return and ? Nodes.and(nodes) : Nodes.or(nodes);
        }
        if (c instanceof Condition.Not) {
            return Nodes.not(node(((Condition.Not) c).condition(), catalog, currency, join(path, "not"),
                    violations));
        }
        Condition.Test t = (Condition.Test) c;
        Optional<TestCheck.Problem> problem = TestCheck.check(t, catalog);
        if (problem.isPresent()) {
            violations.add(new Violation(join(path, problem.get().property().replace("/", ".")),
                    problem.get().code(), problem.get().message()));
            return Nodes.or(new Node[0]);
        }
        ValueType type = catalog.typeOf(t.field()).orElseThrow();
        Accessors.Accessor accessor = Accessors.of(t.field(), type);
        if (type == ValueType.TEXT_SET) {
            String element = t.op() == Operator.CONTAINS ? ((AttributeValue.Text) t.values().get(0)).value() : null;
            return Nodes.set(t.field(), t.toString(), accessor, element);
        }
        Object[] literals = new Object[t.values().size()];
        for (int i = 0; i < literals.length; i++) {
            literals[i] = literal(t.values().get(i), type, currency);
        }
        return Nodes.scalar(t.field(), t.toString(), accessor, t.op(), literals, type == ValueType.MONEY,
                currency);
    }

    private static Object literal(AttributeValue v, ValueType type, String currency) {
        if (type == ValueType.MONEY) {
            // Amounts sit at the currency's minor-unit scale; a literal at the same scale compares
            // on BigDecimal's fast path. A literal with more decimals keeps its own scale.
            java.math.BigDecimal d = ((AttributeValue.Number) v).value();
            int scale = io.pactum.core.money.Money.minorUnitScale(java.util.Currency.getInstance(currency));
            return d.scale() <= scale ? d.setScale(scale) : d;
        }
        if (type == ValueType.DIRECTION) {
            return Direction.valueOf(((AttributeValue.Text) v).value());
        }
        if (type == ValueType.RISK_LEVEL) {
            return RiskLevel.valueOf(((AttributeValue.Text) v).value());
        }
        return Accessors.raw(v);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
