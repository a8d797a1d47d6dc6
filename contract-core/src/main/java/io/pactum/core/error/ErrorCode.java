package io.pactum.core.error;

/**
 * A numbered error code. Every failure Pactum reports carries one, so that a host can map
 * failures to its own messages and alerts without parsing text.
 *
 * <p>Codes are strings of the form {@code PCT-nnnn}; each area of the library owns a range
 * (see {@link CoreError} for the table) and declares its codes in one enum implementing this
 * interface. Codes are unique across the library; a test checks it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ErrorCode {

    /** The code, for example {@code PCT-1001}. Never changes once released. */
    String code();

    /** A short English description of what went wrong, without input values. */
    String summary();
}
