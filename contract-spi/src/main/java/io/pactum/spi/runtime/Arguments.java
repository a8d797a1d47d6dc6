package io.pactum.spi.runtime;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.util.List;
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

    /**
     * An unmodifiable copy of the list, or {@link SpiError#BAD_ARGUMENT} at {@code field} when it
     * or an element is missing.
     */
    static <T> List<T> list(@Nullable List<T> values, String field) {
        List<T> given = present(values, field);
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new PactumException(SpiError.BAD_ARGUMENT, field, field + " [" + i + "] is missing");
            }
        }
        return List.copyOf(given);
    }
}
