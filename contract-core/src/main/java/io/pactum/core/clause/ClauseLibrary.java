package io.pactum.core.clause;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of clauses by id. Immutable and thread-safe.
 */
public final class ClauseLibrary {

    private final Map<ClauseId, Clause> clauses;

    private ClauseLibrary(Map<ClauseId, Clause> clauses) {
        this.clauses = clauses;
    }

    /**
     * A library of these clauses.
     *
     * @throws PactumException {@link CoreError#DUPLICATE} when two clauses share an id
     */
    public static ClauseLibrary of(List<Clause> clauses) {
        Map<ClauseId, Clause> byId = new LinkedHashMap<>();
        for (Clause c : Objects.requireNonNull(clauses, "clauses")) {
            if (byId.put(c.id(), c) != null) {
                throw new PactumException(CoreError.DUPLICATE, "clauses", "duplicate clause id " + c.id());
            }
        }
        return new ClauseLibrary(java.util.Collections.unmodifiableMap(byId));
    }

    /** An empty library, for templates made only of inline text. */
    public static ClauseLibrary empty() {
        return new ClauseLibrary(Map.of());
    }

    /** The clause with this id. */
    public Optional<Clause> find(ClauseId id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** Every clause, in the order given. */
    public List<Clause> clauses() {
        return List.copyOf(clauses.values());
    }

    /** A library with these clauses added to (or replacing) the ones here. */
    public ClauseLibrary with(List<Clause> more) {
        Map<ClauseId, Clause> byId = new LinkedHashMap<>(clauses);
        for (Clause c : more) {
            byId.put(c.id(), c);
        }
        return new ClauseLibrary(java.util.Collections.unmodifiableMap(byId));
    }
}
