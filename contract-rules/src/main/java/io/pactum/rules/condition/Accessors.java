package io.pactum.rules.condition;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Field access resolved once at compile time: a field code chosen from the path, read with one
 * switch (one class, so the call stays monomorphic and inlines). No reflection.
 */
final class Accessors {

    private static final int TYPE = 0;
    private static final int DIRECTION = 1;
    private static final int AMOUNT = 2;
    private static final int RISK = 3;
    private static final int DEPARTMENT = 4;
    private static final int REGION = 5;
    private static final int COUNTERPARTY = 6;
    private static final int OWNER = 7;
    private static final int SUBMITTER = 8;
    private static final int BUDGET = 9;
    private static final int OVER_BUDGET = 10;
    private static final int FALLBACK = 11;
    private static final int EDITED = 12;
    private static final int MISSING = 13;
    private static final int EXTRA = 14;
    private static final int ANY_DEVIATION = 15;
    private static final int ATTRIBUTE = 16;

    /** Reads one field from prepared facts; {@code null} when the fact is absent. */
    static final class Accessor {
        private final int code;
        private final String path;
        private final String attribute;
        private final ValueType type;

        Accessor(int code, String path, String attribute, ValueType type) {
            this.code = code;
            this.path = path;
            this.attribute = attribute;
            this.type = type;
        }

        @Nullable Object get(ContractFacts f, BigDecimal amount, @Nullable BigDecimal budget) {
            switch (code) {
                case TYPE:
                    return f.type().value();
                case DIRECTION:
                    return f.direction();
                case AMOUNT:
                    return amount;
                case RISK:
                    return f.riskLevel();
                case DEPARTMENT:
                    return f.department().value();
                case REGION:
                    return f.region();
                case COUNTERPARTY:
                    return f.counterparty().value();
                case OWNER:
                    return f.owner().value();
                case SUBMITTER:
                    return f.submitter().value();
                case BUDGET:
                    return budget;
                case OVER_BUDGET:
                    return FactsView.overBudget(amount, budget);
                case FALLBACK:
                    return f.deviations().fallbackCategories();
                case EDITED:
                    return f.deviations().editedCategories();
                case MISSING:
                    return f.deviations().missingMandatoryCategories();
                case EXTRA:
                    return f.deviations().extraApprovalRequired();
                case ANY_DEVIATION:
                    return f.deviations().any();
                default:
                    return attribute(f);
            }
        }

        private @Nullable Object attribute(ContractFacts f) {
            AttributeValue a = f.attributes().get(attribute);
            if (a == null) {
                return null;
            }
            if (TestCheck.typeProblem(type, a) != null) {
                throw new PactumException(RuleError.VALUE_TYPE, path, "custom attribute " + attribute + " is declared "
                        + type + " but the contract has " + TestCheck.kind(a) + " (" + a.display() + ")");
            }
            return raw(a);
        }
    }

    private Accessors() {
    }

    static Accessor of(String path, ValueType type) {
        return new Accessor(code(path), path, path.startsWith(FieldCatalog.ATTRIBUTES)
                ? path.substring(FieldCatalog.ATTRIBUTES.length()) : "", type);
    }

    private static int code(String path) {
        switch (path) {
            case "type":
                return TYPE;
            case "direction":
                return DIRECTION;
            case "amount":
                return AMOUNT;
            case "riskLevel":
                return RISK;
            case "department":
                return DEPARTMENT;
            case "region":
                return REGION;
            case "counterparty":
                return COUNTERPARTY;
            case "owner":
                return OWNER;
            case "submitter":
                return SUBMITTER;
            case "budgetCeiling":
                return BUDGET;
            case "overBudget":
                return OVER_BUDGET;
            case "deviation.fallback":
                return FALLBACK;
            case "deviation.edited":
                return EDITED;
            case "deviation.missingMandatory":
                return MISSING;
            case "deviation.extraApproval":
                return EXTRA;
            case "deviation.any":
                return ANY_DEVIATION;
            default:
                return ATTRIBUTE;
        }
    }

    static Object raw(AttributeValue a) {
        if (a instanceof AttributeValue.Text) {
            return ((AttributeValue.Text) a).value();
        } else if (a instanceof AttributeValue.Number) {
            return ((AttributeValue.Number) a).value();
        } else if (a instanceof AttributeValue.Flag) {
            return ((AttributeValue.Flag) a).value();
        }
        return ((AttributeValue.Date) a).value();
    }
}
