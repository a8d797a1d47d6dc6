package io.pactum.core.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when some input breaks one or more rules. It carries <em>every</em> violation found, not
 * just the first, so that a user can fix a file in one round.
 *
 * <p>{@link #errorCode()} and {@link #path()} are those of the first violation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ValidationException extends PactumException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param what a short name of what was validated, for the message ("contract", "contract type")
     * @param violations the violations, at least one
     */
    public ValidationException(String what, List<Violation> violations) {
        super(first(violations).code(), first(violations).path(), describe(what, violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in the order found; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Throws a {@code ValidationException} if {@code violations} is not empty.
     *
     * @param what a short name of what was validated
     * @param violations the violations found
     */
    public static void throwIfAny(String what, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(what, violations);
        }
    }

    private static Violation first(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return violations.get(0);
    }

    private static String describe(String what, List<Violation> violations) {
        return "invalid " + what + " (" + violations.size() + " problem"
                + (violations.size() == 1 ? "" : "s") + "):\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    }
}
