package io.pactum.core.contract;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.CurrencyMismatchException;
import io.pactum.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A contract: the aggregate at the centre of Pactum. Immutable; every change returns a new
 * value ({@link #edit}, {@link #transition}, {@link #withRevision}).
 *
 * <p>Structural invariants are checked on construction (presence, unique party ids, budget in the
 * contract's currency, non-negative value). Business constraints (lengths, a counterparty present,
 * custom attributes valid for the contract type) are checked by
 * {@code io.pactum.core.validation.ContractValidator}, which reports every violation at once.
 *
 * <p>Custom fields are kept sorted by name and tags sorted, so that equal contracts serialise
 * identically.
 *
 * @param id the contract's id
 * @param number the human-facing contract number, for example {@code SC-2026-000042}
 * @param title the title
 * @param type the contract type, which defines custom fields and default policies
 * @param direction whether the contract brings income, is an expense, or neither
 * @param parties the parties, our own entity included, ids unique
 * @param owner the person responsible for the contract
 * @param department the owning department
 * @param region the sales or business region, if used
 * @param value the total contract value; its currency is the contract's currency
 * @param budgetCeiling the spending limit for a buy-side contract, in the contract's currency, if any
 * @param term the initial term
 * @param renewal how the contract continues after the initial term
 * @param customFields values of the contract type's custom fields, by field name
 * @param tags free labels
 * @param confidentiality who may see the contract
 * @param externalReferences the same deal in other systems
 * @param status the lifecycle status
 * @param revision the storage revision, for optimistic locking; set by the store
 */
public record Contract(
        ContractId id,
        @NotBlank @Size(max = 64) String number,
        @NotBlank @Size(max = 500) String title,
        ContractTypeId type,
        Direction direction,
        @NotEmpty @Size(max = 50) List<@Valid Party> parties,
        UserId owner,
        DepartmentId department,
        @Size(max = 64) @Nullable String region,
        Money value,
        @Nullable Money budgetCeiling,
        Term term,
        RenewalTerms renewal,
        @Size(max = 200) SortedMap<String, AttributeValue> customFields,
        @Size(max = 50) SortedSet<@NotBlank @Size(max = 64) String> tags,
        ConfidentialityLevel confidentiality,
        @Size(max = 20) List<@Valid ExternalReference> externalReferences,
        ContractStatus status,
        long revision) {

    /**
     * Checks the structural invariants and copies the collections.
     *
     * @throws PactumException for a duplicate party id, a negative value, a budget in another
     *     currency or a negative revision
     */
    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        customFields = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(customFields, "customFields")));
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(tags, "tags")));
        externalReferences = List.copyOf(Objects.requireNonNull(externalReferences, "externalReferences"));
        Set<PartyId> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!seen.add(parties.get(i).id())) {
                throw new PactumException(CoreError.DUPLICATE, "parties[" + i + "].id",
                        "party id " + parties.get(i).id() + " is used twice");
            }
        }
        if (value.isNegative()) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "value", "contract value must not be negative, got " + value);
        }
        if (budgetCeiling != null) {
            if (!budgetCeiling.currency().equals(value.currency())) {
                throw new PactumException(CoreError.CURRENCY_MISMATCH, "budgetCeiling",
                        "budget ceiling is in " + budgetCeiling.currency() + " but the contract is in " + value.currency(),
                        new CurrencyMismatchException(value.currency(), budgetCeiling.currency()));
            }
            if (budgetCeiling.isNegative()) {
                throw new PactumException(CoreError.OUT_OF_RANGE, "budgetCeiling",
                        "budget ceiling must not be negative, got " + budgetCeiling);
            }
        }
        if (revision < 0) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "revision", "revision must not be negative, got " + revision);
        }
    }

    /** A builder for a new contract, in status {@link ContractStatus#DRAFT} at revision 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this contract's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The budget ceiling, if the contract has one. */
    public Optional<Money> budget() {
        return Optional.ofNullable(budgetCeiling);
    }

    /** The region, if the contract has one. */
    public Optional<String> regionName() {
        return Optional.ofNullable(region);
    }

    /** The party with this id. */
    public Optional<Party> party(PartyId partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    /** Every party other than our own entity. */
    public List<Party> counterparties() {
        return parties.stream().filter(p -> p.role().isCounterparty()).toList();
    }

    /** The value of a custom field. */
    public Optional<AttributeValue> customField(String name) {
        return Optional.ofNullable(customFields.get(name));
    }

    /**
     * This contract after a lifecycle transition.
     *
     * @throws IllegalTransitionException if the transition table does not allow it from the current status
     */
    public Contract transition(Transition transition) {
        Objects.requireNonNull(transition, "transition");
        return toBuilder().status(transition.applyTo(status)).build();
    }

    /** This contract at another storage revision. */
    public Contract withRevision(long newRevision) {
        return toBuilder().revision(newRevision).build();
    }

    /**
     * This contract with changed content. Before signature anything may change; once signed, the
     * content is locked and only an amendment may change it.
     *
     * @param change the change to make, on a builder holding this contract's values
     * @throws PactumException {@link CoreError#SIGNED_CONTENT_LOCKED} naming the changed fields, if signed
     */
    public Contract edit(UnaryOperator<Builder> change) {
        Objects.requireNonNull(change, "change");
        Contract changed = change.apply(toBuilder()).status(status).revision(revision).build();
        if (status.isSigned()) {
            List<String> fields = changedFields(changed);
            if (!fields.isEmpty()) {
                throw new PactumException(CoreError.SIGNED_CONTENT_LOCKED, fields.get(0),
                        "contract " + number + " is " + status + "; " + fields + " can only change through an amendment");
            }
        }
        return changed;
    }

    /**
     * The names of the content fields in which {@code other} differs from this contract; status and
     * revision are not content.
     */
    public List<String> changedFields(Contract other) {
        Map<String, Object[]> pairs = new LinkedHashMap<>();
        pairs.put("id", new Object[] {id, other.id});
        pairs.put("number", new Object[] {number, other.number});
        pairs.put("title", new Object[] {title, other.title});
        pairs.put("type", new Object[] {type, other.type});
        pairs.put("direction", new Object[] {direction, other.direction});
        pairs.put("parties", new Object[] {parties, other.parties});
        pairs.put("owner", new Object[] {owner, other.owner});
        pairs.put("department", new Object[] {department, other.department});
        pairs.put("region", new Object[] {region, other.region});
        pairs.put("value", new Object[] {value, other.value});
        pairs.put("budgetCeiling", new Object[] {budgetCeiling, other.budgetCeiling});
        pairs.put("term", new Object[] {term, other.term});
        pairs.put("renewal", new Object[] {renewal, other.renewal});
        pairs.put("customFields", new Object[] {customFields, other.customFields});
        pairs.put("tags", new Object[] {tags, other.tags});
        pairs.put("confidentiality", new Object[] {confidentiality, other.confidentiality});
        pairs.put("externalReferences", new Object[] {externalReferences, other.externalReferences});
        List<String> changed = new ArrayList<>();
        pairs.forEach((name, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changed.add(name);
            }
        });
        return changed;
    }

    /**
     * Builds a {@link Contract}. Setters may be called in any order; {@link #build()} checks the
     * invariants. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable ContractId id;
        private @Nullable String number;
        private @Nullable String title;
        private @Nullable ContractTypeId type;
        private @Nullable Direction direction;
        private List<Party> parties = new ArrayList<>();
        private @Nullable UserId owner;
        private @Nullable DepartmentId department;
        private @Nullable String region;
        private @Nullable Money value;
        private @Nullable Money budgetCeiling;
        private @Nullable Term term;
        private RenewalTerms renewal = RenewalTerms.fixed();
        private Map<String, AttributeValue> customFields = new TreeMap<>();
        private Set<String> tags = new TreeSet<>();
        private ConfidentialityLevel confidentiality = ConfidentialityLevel.INTERNAL;
        private List<ExternalReference> externalReferences = new ArrayList<>();
        private ContractStatus status = ContractStatus.DRAFT;
        private long revision;

        private Builder() {
        }

        private Builder(Contract c) {
            id = c.id;
            number = c.number;
            title = c.title;
            type = c.type;
            direction = c.direction;
            parties = new ArrayList<>(c.parties);
            owner = c.owner;
            department = c.department;
            region = c.region;
            value = c.value;
            budgetCeiling = c.budgetCeiling;
            term = c.term;
            renewal = c.renewal;
            customFields = new TreeMap<>(c.customFields);
            tags = new TreeSet<>(c.tags);
            confidentiality = c.confidentiality;
            externalReferences = new ArrayList<>(c.externalReferences);
            status = c.status;
            revision = c.revision;
        }

        /** Sets the id. */
        public Builder id(ContractId value) {
            this.id = value;
            return this;
        }

        /** Sets the contract number. */
        public Builder number(String value) {
            this.number = value;
            return this;
        }

        /** Sets the title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets the contract type. */
        public Builder type(ContractTypeId value) {
            this.type = value;
            return this;
        }

        /** Sets the direction. */
        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        /** Replaces the parties. */
        public Builder parties(List<Party> value) {
            this.parties = new ArrayList<>(value);
            return this;
        }

        /** Adds a party. */
        public Builder party(Party value) {
            this.parties.add(Objects.requireNonNull(value, "party"));
            return this;
        }

        /** Sets the owner. */
        public Builder owner(UserId value) {
            this.owner = value;
            return this;
        }

        /** Sets the owning department. */
        public Builder department(DepartmentId value) {
            this.department = value;
            return this;
        }

        /** Sets the region; {@code null} for none. */
        public Builder region(@Nullable String value) {
            this.region = value;
            return this;
        }

        /** Sets the total contract value, which also sets the contract's currency. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Sets the budget ceiling; {@code null} for none. */
        public Builder budgetCeiling(@Nullable Money value) {
            this.budgetCeiling = value;
            return this;
        }

        /** Sets the initial term. */
        public Builder term(Term value) {
            this.term = value;
            return this;
        }

        /** Sets the renewal terms; {@link RenewalTerms#fixed()} by default. */
        public Builder renewal(RenewalTerms value) {
            this.renewal = value;
            return this;
        }

        /** Replaces the custom field values. */
        public Builder customFields(Map<String, AttributeValue> value) {
            this.customFields = new TreeMap<>(value);
            return this;
        }

        /** Sets one custom field. */
        public Builder customField(String name, AttributeValue value) {
            this.customFields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(Set<String> value) {
            this.tags = new TreeSet<>(value);
            return this;
        }

        /** Sets the confidentiality level; {@link ConfidentialityLevel#INTERNAL} by default. */
        public Builder confidentiality(ConfidentialityLevel value) {
            this.confidentiality = value;
            return this;
        }

        /** Replaces the external references. */
        public Builder externalReferences(List<ExternalReference> value) {
            this.externalReferences = new ArrayList<>(value);
            return this;
        }

        /** Sets the status; {@link ContractStatus#DRAFT} by default. */
        public Builder status(ContractStatus value) {
            this.status = value;
            return this;
        }

        /** Sets the storage revision; 0 by default. */
        public Builder revision(long value) {
            this.revision = value;
            return this;
        }

        /**
         * Builds the contract.
         *
         * @throws NullPointerException naming the first required value not set
         * @throws PactumException if a structural invariant is broken
         */
        public Contract build() {
            return new Contract(req(id, "id"), req(number, "number"), req(title, "title"), req(type, "type"),
                    req(direction, "direction"), parties, req(owner, "owner"), req(department, "department"), region,
                    req(value, "value"), budgetCeiling, req(term, "term"), renewal, new TreeMap<>(customFields),
                    new TreeSet<>(tags), confidentiality, externalReferences, status, revision);
        }

        private static <T> T req(@Nullable T value, String name) {
            return Objects.requireNonNull(value, () -> "contract " + name + " is not set");
        }
    }
}
