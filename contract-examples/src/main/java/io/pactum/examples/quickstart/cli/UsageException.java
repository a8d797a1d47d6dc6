package io.pactum.examples.quickstart.cli;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.PactumException;
import java.util.Objects;

/**
 * A bad command line. The path is the flag ({@code --contracts}); {@link #problem()} says what is
 * wrong in a form a program can switch on, and the error code is the library's code for that kind
 * of input problem.
 */
public final class UsageException extends PactumException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the command line. */
    public enum Problem {
        /** A flag the quickstart does not know, or an argument that is not a flag. */
        UNKNOWN_FLAG(CoreError.NOT_ALLOWED),
        /** A flag that needs {@code =value} has none, or an empty one. */
        MISSING_VALUE(CoreError.REQUIRED),
        /** A flag that takes no value was given one. */
        UNEXPECTED_VALUE(CoreError.NOT_ALLOWED),
        /** A number flag whose value is not a whole number. */
        NOT_A_NUMBER(CoreError.JSON_BAD_VALUE),
        /** A date flag whose value is not an ISO date ({@code 2026-06-30}). */
        NOT_A_DATE(CoreError.JSON_BAD_VALUE),
        /** A number outside the flag's range. */
        OUT_OF_RANGE(CoreError.OUT_OF_RANGE),
        /** The same flag twice. */
        DUPLICATE_FLAG(CoreError.DUPLICATE),
        /** A value that is not a file path on this system. */
        BAD_PATH(CoreError.JSON_BAD_VALUE),
        /** A JDBC URL that is malformed or names a database the adapter does not support. */
        BAD_JDBC_URL(CoreError.NOT_ALLOWED);

        private final ErrorCode code;

        Problem(ErrorCode code) {
            this.code = code;
        }

        /** The library error code reported for this problem. */
        public ErrorCode code() {
            return code;
        }
    }

    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong
     * @param flag the flag, e.g. {@code --contracts}, or the argument as given
     * @param message a message naming the value and what would be accepted
     */
    public UsageException(Problem problem, String flag, String message) {
        super(Objects.requireNonNull(problem, "problem").code(), flag, message);
        this.problem = problem;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }
}
