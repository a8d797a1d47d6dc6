package io.pactum.core.error;

import java.util.Objects;

/**
 * The root of every exception Pactum throws for a business or input problem. It carries a
 * numbered {@link ErrorCode} and, where the problem is in some input, the path to it (a JSON
 * pointer such as {@code /parties/1/name}, or a field path such as {@code customFields.region}).
 *
 * <p>Programming errors (a {@code null} where the API forbids one) are reported with
 * {@link NullPointerException} from {@link Objects#requireNonNull} at the API boundary, naming the
 * parameter, never from deep inside.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class PactumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final String path;

    /**
     * Creates an exception.
     *
     * @param errorCode the numbered code, never {@code null}
     * @param path the path to the offending input, or {@code ""} when it is not about one input
     * @param message the human-readable message, never {@code null}
     */
    public PactumException(ErrorCode errorCode, String path, String message) {
        super(format(errorCode, path, message));
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param errorCode the numbered code, never {@code null}
     * @param path the path to the offending input, or {@code ""}
     * @param message the human-readable message, never {@code null}
     * @param cause the underlying cause, may be {@code null}
     */
    public PactumException(ErrorCode errorCode, String path, String message, Throwable cause) {
        super(format(errorCode, path, message), cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The numbered error code. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The path to the offending input, or {@code ""} when the problem is not about one input. */
    public String path() {
        return path;
    }

    private static String format(ErrorCode code, String path, String message) {
        Objects.requireNonNull(code, "errorCode");
        Objects.requireNonNull(message, "message");
        return path == null || path.isEmpty()
                ? code.code() + ": " + message
                : code.code() + " at " + path + ": " + message;
    }
}
