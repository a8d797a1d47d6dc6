package io.pactum.rules.facts;

import io.pactum.core.contract.Direction;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What rules know about one contract. Assembled by the host or the runtime from the contract,
 * its deviation report and its custom attributes; rules never see the contract itself.
 *
 * <p>Immutable and thread-safe. {@code region} and {@code budgetCeiling} may be {@code null}
 * (unknown); everything else is required.
 *
 * @param contractId the contract
 * @param type the contract type
 * @param direction whether the organisation sells, buys or neither
 * @param amount the contract value in its own currency
 * @param riskLevel the assessed risk level
 * @param department the owning department
 * @param region the region, or {@code null}
 * @param counterparty the other party
 * @param owner the contract owner
 * @param submitter who submitted the contract for approval
 * @param attributes custom attributes by name, sorted
 * @param budgetCeiling the budget the contract is charged to (buy side), or {@code null}
 * @param deviations how the text departs from standard
 */
public record ContractFacts(ContractId contractId, ContractTypeId type, Direction direction, Money amount,
        RiskLevel riskLevel, DepartmentId department, @Nullable String region, PartyId counterparty, UserId owner,
        UserId submitter, Map<String, AttributeValue> attributes, @Nullable Money budgetCeiling,
        DeviationFacts deviations) {

    /** Checks required components and copies the attributes. */
    public ContractFacts {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(deviations, "deviations");
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** Starts facts with the required parts; the rest defaults to neutral, low risk, no deviation. */
    public static Builder builder(ContractId contractId, ContractTypeId type, Money amount, DepartmentId department,
            PartyId counterparty, UserId owner, UserId submitter) {
        return new Builder(contractId, type, amount, department, counterparty, owner, submitter);
    }

    /** A custom attribute, if set. */
    public Optional<AttributeValue> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The same facts with another amount (a material change). */
    public ContractFacts withAmount(Money newAmount) {
        return new ContractFacts(contractId, type, direction, newAmount, riskLevel, department, region, counterparty,
                owner, submitter, attributes, budgetCeiling, deviations);
    }

    /** The same facts with other deviations (a clause changed). */
    public ContractFacts withDeviations(DeviationFacts newDeviations) {
        return new ContractFacts(contractId, type, direction, amount, riskLevel, department, region, counterparty,
                owner, submitter, attributes, budgetCeiling, newDeviations);
    }

    /** Builds {@link ContractFacts}. Not thread-safe. */
    public static final class Builder {
        private final ContractId contractId;
        private final ContractTypeId type;
        private final Money amount;
        private final DepartmentId department;
        private final PartyId counterparty;
        private final UserId owner;
        private final UserId submitter;
        private Direction direction = Direction.NEUTRAL;
        private RiskLevel riskLevel = RiskLevel.LOW;
        private @Nullable String region;
        private final Map<String, AttributeValue> attributes = new TreeMap<>();
        private @Nullable Money budgetCeiling;
        private DeviationFacts deviations = DeviationFacts.none();

        Builder(ContractId contractId, ContractTypeId type, Money amount, DepartmentId department,
                PartyId counterparty, UserId owner, UserId submitter) {
            this.contractId = contractId;
            this.type = type;
            this.amount = amount;
            this.department = department;
            this.counterparty = counterparty;
            this.owner = owner;
            this.submitter = submitter;
        }

        /** Sets the direction. */
        public Builder direction(Direction value) {
            this.direction = Objects.requireNonNull(value, "direction");
            return this;
        }

        /** Sets the risk level. */
        public Builder riskLevel(RiskLevel value) {
            this.riskLevel = Objects.requireNonNull(value, "riskLevel");
            return this;
        }

        /** Sets the region. */
        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** Sets a custom attribute. */
        public Builder attribute(String name, AttributeValue value) {
            attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the budget ceiling. */
        public Builder budgetCeiling(Money value) {
            this.budgetCeiling = Objects.requireNonNull(value, "budgetCeiling");
            return this;
        }

        /** Sets the deviations. */
        public Builder deviations(DeviationFacts value) {
            this.deviations = Objects.requireNonNull(value, "deviations");
            return this;
        }

        /** The facts. */
        public ContractFacts build() {
            return new ContractFacts(contractId, type, direction, amount, riskLevel, department, region, counterparty,
                    owner, submitter, attributes, budgetCeiling, deviations);
        }
    }
}
