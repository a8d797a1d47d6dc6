package io.pactum.core.validation;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a contract's business constraints and reports <em>every</em> violation with its JSON
 * pointer: the Jakarta Validation constraints declared on the model (lengths, non-blank texts,
 * e-mail addresses), the custom fields against the contract type, and the rules that span fields
 * (a contract names our own entity and a counterparty; its type is the one given).
 *
 * <p>Hibernate Validator is configured with {@link ParameterMessageInterpolator}: messages
 * substitute constraint parameters such as {@code {max}} but never evaluate expression language,
 * so no input can reach an interpreter. Messages are in English whatever the machine's locale.
 *
 * <p>Creating a validator bootstraps Hibernate Validator (tens of milliseconds): create one and
 * share it. Instances are immutable and thread-safe.
 */
public final class ContractValidator implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    private ContractValidator() {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Creates a validator. */
    public static ContractValidator create() {
        return new ContractValidator();
    }

    /**
     * Every violation of a contract, checked against its contract type.
     *
     * @param contract the contract
     * @param type the contract's type, whose id must be {@code contract.type()}
     * @return the violations ordered by path, empty when the contract is valid
     */
    public List<Violation> check(Contract contract, ContractType type) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(type, "type");
        List<Violation> violations = new ArrayList<>(constraints(contract));
        if (!contract.type().equals(type.id())) {
            violations.add(new Violation("/type", CoreError.UNKNOWN_REFERENCE,
                    "contract is of type " + contract.type() + " but was checked against type " + type.id()));
        }
        boolean ownEntity = contract.parties().stream().anyMatch(p -> p.role() == PartyRole.OWN_ENTITY);
        boolean counterparty = contract.parties().stream().anyMatch(p -> p.role().isCounterparty());
        if (!ownEntity) {
            violations.add(new Violation("/parties", CoreError.REQUIRED, "no party has role OWN_ENTITY"));
        }
        if (!counterparty) {
            violations.add(new Violation("/parties", CoreError.REQUIRED, "no counterparty (a party other than OWN_ENTITY)"));
        }
        if (contract.budgetCeiling() != null && contract.direction() != Direction.BUY_SIDE) {
            violations.add(new Violation("/budgetCeiling", CoreError.NOT_ALLOWED,
                    "a budget ceiling applies only to BUY_SIDE contracts, this one is " + contract.direction()));
        }
        Set<PartyId> partyIds = new HashSet<>();
        for (Party p : contract.parties()) {
            partyIds.add(p.id());
        }
        violations.addAll(type.check(contract.customFields(), partyIds, "/customFields"));
        violations.sort(Comparator.comparing(Violation::path));
        return List.copyOf(violations);
    }

    /**
     * Checks a contract and throws if it breaks any constraint.
     *
     * @throws ValidationException carrying every violation
     */
    public void validate(Contract contract, ContractType type) {
        ValidationException.throwIfAny("contract " + contract.number(), check(contract, type));
    }

    /**
     * The Jakarta Validation constraint violations of any value, with JSON pointers built from the
     * property paths ({@code parties[1].name} becomes {@code /parties/1/name}).
     */
    public <T> List<Violation> constraints(T value) {
        Objects.requireNonNull(value, "value");
        List<Violation> result = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(value)) {
            result.add(new Violation(pointer(v.getPropertyPath()), CoreError.CONSTRAINT, v.getMessage()));
        }
        result.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return result;
    }

    /** Releases the validator factory's resources. */
    @Override
    public void close() {
        factory.close();
    }

    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    sb.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                sb.append('/').append(escape(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
