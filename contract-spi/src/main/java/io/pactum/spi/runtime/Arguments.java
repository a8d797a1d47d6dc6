package io.pactum.spi.runtime;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import org.jspecify.annotations.Nullable;

/**
 * Checks of a public method's arguments: a missing one is the caller's mistake, so it is a
 * {@link SpiError#BAD_ARGUMENT} at the argument's name, which a host can show, and not a
 * {@code NullPointerException} from somewhere inside.
 */
final class Arguments {

    private Arguments() {
    }

    /** The value, or {@link SpiError#BAD_ARGUMENT} at {@code field} when it is missing. */
    static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new PactumException(SpiError.BAD_ARGUMENT, field, field + " is required");
        }
        return value;
    }
}
