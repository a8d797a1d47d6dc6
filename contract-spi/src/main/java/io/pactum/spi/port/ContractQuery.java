package io.pactum.spi.port;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.spi.SpiError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contract search: every criterion set must hold (and); a criterion left empty matches
 * anything. {@link #matches(Contract)} is the reference meaning every storage adapter must
 * reproduce; the conformance kit compares an adapter's answers with it.
 *
 * <p>Immutable and thread-safe. Build with {@link #all()} and the {@code with…} methods.
 *
 * @param number the exact contract number, or {@code null}
 * @param counterparty a party id that must be one of the contract's counterparties, or {@code null}
 * @param statuses the statuses allowed, empty for any
 * @param types the contract types allowed, empty for any
 * @param departments the owning departments allowed, empty for any
 * @param effectiveFrom the earliest effective date (inclusive), or {@code null}
 * @param effectiveTo the latest effective date (inclusive), or {@code null}
 * @param minValue the smallest contract value (inclusive), or {@code null}; contracts in another currency do not match
 * @param maxValue the largest contract value (inclusive), or {@code null}; same currency as {@code minValue}
 * @param keywords words that must all occur, ignoring case, in the number, title, party names or tags
 */
public record ContractQuery(@Nullable String number, @Nullable PartyId counterparty, Set<ContractStatus> statuses,
        Set<ContractTypeId> types, Set<DepartmentId> departments, @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo, @Nullable Money minValue, @Nullable Money maxValue, List<String> keywords) {

    /**
     * Checks that ranges are in order and in one currency, and copies the collections.
     *
     * @throws PactumException {@link SpiError#BAD_QUERY} for a reversed range or mixed currencies
     */
    public ContractQuery {
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        types = Set.copyOf(Objects.requireNonNull(types, "types"));
        departments = Set.copyOf(Objects.requireNonNull(departments, "departments"));
        List<String> words = new ArrayList<>();
        for (String k : Objects.requireNonNull(keywords, "keywords")) {
            if (!k.isBlank()) {
                words.add(k.strip().toLowerCase(Locale.ROOT));
            }
        }
        keywords = List.copyOf(words);
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new PactumException(SpiError.BAD_QUERY, "effectiveTo",
                    "date range is reversed: " + effectiveFrom + " .. " + effectiveTo);
        }
        if (minValue != null && maxValue != null) {
            if (!minValue.currency().equals(maxValue.currency())) {
                throw new PactumException(SpiError.BAD_QUERY, "maxValue",
                        "amount range mixes " + minValue.currency() + " and " + maxValue.currency());
            }
            if (maxValue.amount().compareTo(minValue.amount()) < 0) {
                throw new PactumException(SpiError.BAD_QUERY, "maxValue",
                        "amount range is reversed: " + minValue + " .. " + maxValue);
            }
        }
    }

    /** The query that matches every contract. */
    public static ContractQuery all() {
        return new ContractQuery(null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, List.of());
    }

    /** Only the contract with this number. */
    public ContractQuery withNumber(String value) {
        return new ContractQuery(value, counterparty, statuses, types, departments, effectiveFrom, effectiveTo, minValue,
                maxValue, keywords);
    }

    /** Only contracts with this counterparty. */
    public ContractQuery withCounterparty(PartyId value) {
        return new ContractQuery(number, value, statuses, types, departments, effectiveFrom, effectiveTo, minValue,
                maxValue, keywords);
    }

    /** Only contracts in one of these statuses. */
    public ContractQuery withStatuses(Set<ContractStatus> value) {
        return new ContractQuery(number, counterparty, value, types, departments, effectiveFrom, effectiveTo, minValue,
                maxValue, keywords);
    }

    /** Only contracts of one of these types. */
    public ContractQuery withTypes(Set<ContractTypeId> value) {
        return new ContractQuery(number, counterparty, statuses, value, departments, effectiveFrom, effectiveTo, minValue,
                maxValue, keywords);
    }

    /** Only contracts of one of these departments. */
    public ContractQuery withDepartments(Set<DepartmentId> value) {
        return new ContractQuery(number, counterparty, statuses, types, value, effectiveFrom, effectiveTo, minValue,
                maxValue, keywords);
    }

    /** Only contracts whose effective date lies in this range; either end may be {@code null}. */
    public ContractQuery withEffectiveDate(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ContractQuery(number, counterparty, statuses, types, departments, from, to, minValue, maxValue,
                keywords);
    }

    /** Only contracts whose value lies in this range; either end may be {@code null}. */
    public ContractQuery withValue(@Nullable Money min, @Nullable Money max) {
        return new ContractQuery(number, counterparty, statuses, types, departments, effectiveFrom, effectiveTo, min, max,
                keywords);
    }

    /** Only contracts that hold all these words. */
    public ContractQuery withKeywords(List<String> value) {
        return new ContractQuery(number, counterparty, statuses, types, departments, effectiveFrom, effectiveTo, minValue,
                maxValue, value);
    }

    /** Whether a contract matches: the reference meaning of this query. */
    public boolean matches(Contract c) {
        if (number != null && !number.equals(c.number())) {
            return false;
        }
        if (counterparty != null && c.counterparties().stream().noneMatch(p -> p.id().equals(counterparty))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(c.status())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(c.type())) {
            return false;
        }
        if (!departments.isEmpty() && !departments.contains(c.department())) {
            return false;
        }
        LocalDate effective = c.term().effectiveDate();
        if (effectiveFrom != null && effective.isBefore(effectiveFrom)) {
            return false;
        }
        if (effectiveTo != null && effective.isAfter(effectiveTo)) {
            return false;
        }
        if (minValue != null && !inCurrencyAtLeast(c.value(), minValue)) {
            return false;
        }
        if (maxValue != null && !inCurrencyAtLeast(maxValue, c.value())) {
            return false;
        }
        if (!keywords.isEmpty()) {
            StringBuilder text = new StringBuilder().append(c.number()).append('\n').append(c.title());
            for (Party p : c.parties()) {
                text.append('\n').append(p.name());
            }
            for (String tag : c.tags()) {
                text.append('\n').append(tag);
            }
            String haystack = text.toString().toLowerCase(Locale.ROOT);
            for (String k : keywords) {
                if (!haystack.contains(k)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inCurrencyAtLeast(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) >= 0;
    }
}
