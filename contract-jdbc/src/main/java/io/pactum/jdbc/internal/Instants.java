package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns. Both databases keep microseconds, so an
 * instant is stored truncated to the microsecond (the runtime's instants are milliseconds), and
 * only the years 1 to 9999 are stored: every database and driver agrees on those.
 */
public final class Instants {

    /** The earliest instant stored. */
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant stored. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Instants() {
    }

    /**
     * The instant as it will be stored.
     *
     * @throws PactumException {@link JdbcError#VALUE_OUT_OF_RANGE} outside the years 1 to 9999
     */
    public static Instant stored(Instant instant, String field) {
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new PactumException(JdbcError.VALUE_OUT_OF_RANGE, field,
                    field + " " + instant + " is outside the years 1 to 9999 the database stores");
        }
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The instant, which must be stored unchanged (an audit entry's time is hashed).
     *
     * @throws PactumException {@link JdbcError#VALUE_OUT_OF_RANGE} outside the range or finer than a microsecond
     */
    public static Instant exact(Instant instant, String field) {
        Instant stored = stored(instant, field);
        if (!stored.equals(instant)) {
            throw new PactumException(JdbcError.VALUE_OUT_OF_RANGE, field,
                    field + " " + instant + " is finer than the microseconds the database stores");
        }
        return stored;
    }

    /** The instant as stored, or {@code null}. */
    public static @Nullable Instant storedOrNull(@Nullable Instant instant, String field) {
        return instant == null ? null : stored(instant, field);
    }

    /** A query bound: clamped into the stored range, so {@link Instant#MAX} means "any". */
    public static Instant bound(Instant instant) {
        return instant.isBefore(MIN) ? MIN : instant.isAfter(MAX) ? MAX : instant;
    }

    /** Binds an instant (already {@link #stored}) or null. */
    public static void set(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    /** Reads an instant column, {@code null} for SQL NULL. */
    public static @Nullable Instant get(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
