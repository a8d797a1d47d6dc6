package io.pactum.core.error;

import java.util.Objects;

/**
 * One problem found in some input: where it is, which rule it breaks, and a readable message.
 *
 * @param path a JSON pointer ({@code /parties/0/role}) or a field path; {@code ""} for the whole input
 * @param code the numbered error code
 * @param message a readable English message naming the expectation
 */
public record Violation(String path, ErrorCode code, String message) {

    /** Checks that no component is {@code null}. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code.code() + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
