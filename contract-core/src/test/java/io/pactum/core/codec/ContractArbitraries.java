package io.pactum.core.codec;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contact;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.ExternalReference;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of arbitrary valid contracts, for round-trip properties. */
final class ContractArbitraries {

    private ContractArbitraries() {
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("abcXYZ019._:-").ofMinLength(1).ofMaxLength(64);
    }

    /**
     * Any valid Unicode text, including quotes, backslashes, control characters, CJK and emoji.
     * Unpaired surrogates are left out: they are not text, and UTF-8 cannot carry them.
     */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\ufffd').ofMaxLength(30),
                // Emoji are whole code points (a surrogate pair): appended, never split by withChars.
                Combinators.combine(Arbitraries.strings().withChars("合同甲方乙方\"\\/\n\t é").ofMaxLength(30),
                        Arbitraries.of("", "😀", "𠀀")).as(String::concat));
    }

    static boolean isValidUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static Arbitrary<Currency> currencies() {
        return Arbitraries.of("CNY", "JPY", "BHD", "USD", "EUR").map(Currency::getInstance);
    }

    static Arbitrary<Money> money(Currency currency) {
        return Arbitraries.longs().between(0, 1_000_000_000_000_000L).map(m -> Money.ofMinor(m, currency));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 200 * 366).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    static Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 90)).as(Period::of);
    }

    static Arbitrary<RenewalTerms> renewals() {
        Arbitrary<Period> positive = periods().filter(p -> !p.isZero());
        return Arbitraries.oneOf(
                Arbitraries.just(RenewalTerms.fixed()),
                Combinators.combine(positive, periods(), Arbitraries.integers().between(1, 1000).injectNull(0.3))
                        .as(RenewalTerms.AutoRenew::new),
                periods().map(RenewalTerms::evergreen));
    }

    static Arbitrary<AttributeValue> attributeValues() {
        return Arbitraries.oneOf(
                texts().map(AttributeValue::text),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4)
                        .map(AttributeValue::number),
                Arbitraries.of(true, false).map(AttributeValue::flag),
                currencies().flatMap(ContractArbitraries::money).map(AttributeValue::amount));
    }

    /** A party without its id: ids are given by position so that they are unique. */
    static Arbitrary<java.util.function.IntFunction<Party>> parties() {
        Arbitrary<Contact> contact = Combinators.combine(texts(), texts().injectNull(0.5), texts().injectNull(0.5),
                texts().injectNull(0.5)).as(Contact::new);
        return Combinators.combine(texts(), Arbitraries.of(PartyRole.class), texts().injectNull(0.5),
                texts().injectNull(0.5), contact.list().ofMaxSize(3))
                .as((name, role, reg, country, contacts) ->
                        i -> new Party(PartyId.of("p" + i), name, role, reg, country, contacts));
    }

    static Arbitrary<Contract> contracts() {
        Arbitrary<List<Party>> parties = parties().list().ofMinSize(1).ofMaxSize(4).map(makers -> {
            List<Party> list = new ArrayList<>();
            for (int i = 0; i < makers.size(); i++) {
                list.add(makers.get(i).apply(i));
            }
            return list;
        });
        Arbitrary<Map<String, AttributeValue>> custom = Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), attributeValues()).ofMaxSize(6);
        Arbitrary<Term> terms = Combinators.combine(dates(), Arbitraries.integers().between(0, 4000).injectNull(0.2))
                .as((start, days) -> days == null ? Term.openEnded(start) : Term.fixed(start, start.plusDays(days)));
        Arbitrary<Set<String>> tags = texts().set().ofMaxSize(4);
        Arbitrary<List<ExternalReference>> refs = Combinators.combine(texts(), texts())
                .as(ExternalReference::new).list().ofMaxSize(2);
        Arbitrary<Long> minor = Arbitraries.longs().between(0, 1_000_000_000_000_000L);
        Arbitrary<Contract.Builder> head = Combinators.combine(ids(), texts(), texts(), Arbitraries.of(Direction.class),
                        parties, currencies(), minor, minor.injectNull(0.5))
                .as((id, number, title, direction, ps, currency, value, budget) -> Contract.builder()
                        .id(ContractId.of(id)).number(number).title(title).type(ContractTypeId.of("t"))
                        .direction(direction).parties(ps).owner(UserId.of("u")).department(DepartmentId.of("d"))
                        .value(Money.ofMinor(value, currency))
                        .budgetCeiling(budget == null ? null : Money.ofMinor(budget, currency)));
        return Combinators.combine(head, terms, renewals(), custom, tags, Arbitraries.of(ConfidentialityLevel.class), refs,
                        Combinators.combine(Arbitraries.of(ContractStatus.class),
                                Arbitraries.longs().between(0, Long.MAX_VALUE), texts().injectNull(0.3))
                                .as((status, revision, region) -> (java.util.function.UnaryOperator<Contract.Builder>)
                                        b -> b.status(status).revision(revision).region(region)))
                .as((b, term, renewal, fields, tagSet, conf, externalRefs, tail) -> tail.apply(b.term(term)
                        .renewal(renewal).customFields(fields).tags(tagSet).confidentiality(conf)
                        .externalReferences(externalRefs)).build());
    }
}
