package io.pactum.rules.facts;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.UserId;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.contract.type.FieldDefinition;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.JsonPointer;
import io.pactum.core.error.PactumException;
import io.pactum.core.template.DeviationReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link ContractFacts} rules read from the real model: a {@link Contract}, its
 * {@link ContractType} and the {@link DeviationReport} of its composed document.
 *
 * <ul>
 *   <li>The counterparty is the contract's first party other than our own entity.</li>
 *   <li>Custom fields become typed attributes by their definition: {@code DATE} a date;
 *       {@code INTEGER}, {@code DECIMAL} a number; {@code MONEY} the number of its amount (rules
 *       compare custom amounts within the field's one currency); {@code BOOLEAN} a flag; the
 *       rest text.</li>
 *   <li>Clause categories become lower-case names ({@code LIABILITY_CAP} → {@code liability_cap}),
 *       the form policies write in conditions.</li>
 * </ul>
 *
 * <p>The contract is expected to have passed {@code ContractValidator}; a value that does not fit
 * its definition is reported as a {@link PactumException} at its JSON pointer rather than mapped.
 * Thread-safe: no state.
 */
public final class ContractFactsMapper {

    private ContractFactsMapper() {
    }

    /**
     * The facts of a contract.
     *
     * @param contract the contract
     * @param type its contract type
     * @param deviations the deviation report of its composed document ({@link DeviationReport#none()} if none)
     * @param riskLevel the contract's assessed risk level
     * @param submitter who submits it for approval
     * @throws PactumException {@link CoreError#REQUIRED} at {@code /parties} without a counterparty,
     *     {@link CoreError#FIELD_TYPE_MISMATCH} for a custom value that does not fit its definition
     */
    public static ContractFacts from(Contract contract, ContractType type, DeviationReport deviations,
            RiskLevel riskLevel, UserId submitter) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(deviations, "deviations");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(submitter, "submitter");
        Party counterparty = contract.counterparties().stream().findFirst().orElseThrow(() -> new PactumException(
                CoreError.REQUIRED, "/parties", "contract " + contract.number() + " has no counterparty"));
        ContractFacts.Builder facts = ContractFacts.builder(contract.id(), contract.type(), contract.value(),
                        contract.department(), counterparty.id(), contract.owner(), submitter)
                .direction(contract.direction())
                .riskLevel(riskLevel)
                .deviations(deviations(deviations));
        if (contract.region() != null) {
            facts.region(contract.region());
        }
        if (contract.budgetCeiling() != null) {
            facts.budgetCeiling(contract.budgetCeiling());
        }
        for (Map.Entry<String, io.pactum.core.contract.AttributeValue> e : contract.customFields().entrySet()) {
            FieldDefinition definition = type.field(e.getKey()).orElseThrow(() -> new PactumException(
                    CoreError.UNKNOWN_FIELD, JsonPointer.append("/customFields", e.getKey()),
                    "contract type " + type.id() + " defines no field \"" + e.getKey() + "\""));
            facts.attribute(e.getKey(), attribute(definition, e.getValue()));
        }
        return facts.build();
    }

    /** The deviation facts of a deviation report. */
    public static DeviationFacts deviations(DeviationReport report) {
        Objects.requireNonNull(report, "report");
        return new DeviationFacts(names(report.categoriesWithFallback()), names(report.editedCategories()),
                names(report.missingMandatoryCategories()), report.requiresExtraApproval());
    }

    private static Set<String> names(Collection<ClauseCategory> categories) {
        Set<String> names = new TreeSet<>();
        for (ClauseCategory c : categories) {
            names.add(c.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static AttributeValue attribute(FieldDefinition f, io.pactum.core.contract.AttributeValue value) {
        String path = JsonPointer.append("/customFields", f.name());
        switch (f.type()) {
            case DATE -> {
                if (value instanceof io.pactum.core.contract.AttributeValue.TextValue t) {
                    try {
                        return AttributeValue.date(LocalDate.parse(t.value()));
                    } catch (DateTimeParseException e) {
                        throw mismatch(path, f, "not an ISO date: " + t.value());
                    }
                }
            }
            case INTEGER, DECIMAL -> {
                if (value instanceof io.pactum.core.contract.AttributeValue.NumberValue n) {
                    return AttributeValue.number(n.value());
                }
            }
            case MONEY -> {
                if (value instanceof io.pactum.core.contract.AttributeValue.MoneyValue m) {
                    return AttributeValue.number(m.value().amount());
                }
            }
            case BOOLEAN -> {
                if (value instanceof io.pactum.core.contract.AttributeValue.BooleanValue b) {
                    return AttributeValue.flag(b.value());
                }
            }
            default -> {
                if (value instanceof io.pactum.core.contract.AttributeValue.TextValue t) {
                    return AttributeValue.text(t.value());
                }
            }
        }
        throw mismatch(path, f, "value does not fit the field type");
    }

    private static PactumException mismatch(String path, FieldDefinition f, String message) {
        return new PactumException(CoreError.FIELD_TYPE_MISMATCH, path, f.type() + " field \"" + f.name() + "\": " + message);
    }
}
