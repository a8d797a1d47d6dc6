package io.pactum.rules.risk;

import java.util.Objects;

/**
 * What an alert is about: the contract as a whole, one obligation, one clause category, or a
 * counterparty. Immutable and thread-safe.
 *
 * @param kind what kind of thing
 * @param id its id: the contract id, the obligation id, the clause category or the party id
 */
public record AlertSubject(Kind kind, String id) {

    /** The kinds of thing an alert can be about. */
    public enum Kind {
        /** The contract as a whole. */
        CONTRACT,
        /** One obligation of the contract. */
        OBLIGATION,
        /** One clause category of the contract. */
        CLAUSE,
        /** A counterparty across the portfolio. */
        COUNTERPARTY;

        // the name as alert keys spell it, made once: keys are built for every alert raised
        private final String label = name().toLowerCase(java.util.Locale.ROOT);

        /** The kind as alert keys spell it: {@code obligation}, {@code clause}… */
        public String label() {
            return label;
        }
    }

    /** Checks the components. */
    public AlertSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return appendTo(new StringBuilder(kind.label().length() + 1 + id.length())).toString();
    }

    /** Appends the subject as alert keys spell it ({@code obligation:PAY-1}), without a string of its own. */
    StringBuilder appendTo(StringBuilder sb) {
        return sb.append(kind.label()).append(':').append(id);
    }
}
