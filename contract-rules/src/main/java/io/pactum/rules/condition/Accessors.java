package io.pactum.rules.condition;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import org.jspecify.annotations.Nullable;

/** Field access resolved once at compile time: one small function per field path, no reflection. */
final class Accessors {

    /** Reads one field from prepared facts; {@code null} when the fact is absent. */
    interface Accessor {
        @Nullable Object get(FactsView v);
    }

    private Accessors() {
    }

    static Accessor of(String path, ValueType type) {
        switch (path) {
            case "type":
                return v -> v.facts().type().value();
            case "direction":
                return v -> v.facts().direction();
            case "amount":
                return FactsView::amountValue;
            case "riskLevel":
                return v -> v.facts().riskLevel();
            case "department":
                return v -> v.facts().department().value();
            case "region":
                return v -> v.facts().region();
            case "counterparty":
                return v -> v.facts().counterparty().value();
            case "owner":
                return v -> v.facts().owner().value();
            case "submitter":
                return v -> v.facts().submitter().value();
            case "budgetCeiling":
                return FactsView::budgetValue;
            case "overBudget":
                return v -> v.overBudget();
            case "deviation.fallback":
                return v -> v.facts().deviations().fallbackCategories();
            case "deviation.edited":
                return v -> v.facts().deviations().editedCategories();
            case "deviation.missingMandatory":
                return v -> v.facts().deviations().missingMandatoryCategories();
            case "deviation.extraApproval":
                return v -> v.facts().deviations().extraApprovalRequired();
            case "deviation.any":
                return v -> v.facts().deviations().any();
            default:
                return attribute(path, path.substring(FieldCatalog.ATTRIBUTES.length()), type);
        }
    }

    private static Accessor attribute(String path, String name, ValueType type) {
        return v -> {
            AttributeValue a = v.facts().attributes().get(name);
            if (a == null) {
                return null;
            }
            if (TestCheck.typeProblem(type, a) != null) {
                throw new PactumException(RuleError.VALUE_TYPE, path, "custom attribute " + name + " is declared "
                        + type + " but the contract has " + TestCheck.kind(a) + " (" + a.display() + ")");
            }
            return raw(a);
        };
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
