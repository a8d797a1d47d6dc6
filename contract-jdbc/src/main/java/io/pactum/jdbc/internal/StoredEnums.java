package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import java.util.Locale;

/**
 * Enum constants read back from text columns. The schema has no check constraints on them, so a
 * row edited by hand (or by a newer library with a constant this one lacks) can hold any text: that
 * is a {@link JdbcError#CORRUPTED_ROW} naming the column, not an {@link IllegalArgumentException}.
 */
final class StoredEnums {

    private StoredEnums() {
    }

    /**
     * The constant stored in a column.
     *
     * @param type the enum
     * @param stored the column's text
     * @param column the column, the error's path
     * @param row the row, for the message ("outbox entry 7")
     */
    static <E extends Enum<E>> E read(Class<E> type, String stored, String column, String row) {
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException e) {
            throw new PactumException(JdbcError.CORRUPTED_ROW, column, row + " holds " + column + " '" + stored
                    + "', which is no " + type.getSimpleName().toLowerCase(Locale.ROOT) + " Pactum writes", e);
        }
    }
}
