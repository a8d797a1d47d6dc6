package io.pactum.jdbc;

import io.pactum.core.error.ErrorCode;

/** The error codes of the JDBC adapter ({@code PCT-7000}–{@code PCT-7999}). */
public enum JdbcError implements ErrorCode {
    /** The database has no Pactum schema: run {@link PactumSchema#migrate} (or the scripts) first. */
    SCHEMA_MISSING("PCT-7001", "the database has no Pactum schema; migrate it first"),
    /** The schema is older than this library: run {@link PactumSchema#migrate}. */
    SCHEMA_TOO_OLD("PCT-7002", "the database schema is older than this library expects; migrate it"),
    /** The schema is newer than this library: a newer Pactum wrote it; upgrade the library, never downgrade data. */
    SCHEMA_TOO_NEW("PCT-7003", "the database schema is newer than this library; upgrade the library"),
    /** The database file or its data is damaged, or the file is not a database. */
    DATABASE_CORRUPTED("PCT-7004", "the database is corrupted or not a database"),
    /** Any other failure of the database or the connection; the cause holds the driver's exception. */
    STORAGE_FAILURE("PCT-7005", "the database failed"),
    /** A lock wait timed out or the database chose this transaction as a deadlock victim: retry it. */
    TRANSIENT_FAILURE("PCT-7006", "a lock wait timed out or a deadlock was broken; retry"),
    /** The database is neither H2 nor PostgreSQL. */
    UNSUPPORTED_DATABASE("PCT-7007", "the database product is not supported"),
    /** A stored row cannot be read back (a body that is not the JSON Pactum wrote, an unknown status). */
    CORRUPTED_ROW("PCT-7008", "a stored row cannot be read back"),
    /**
     * A value the database cannot hold exactly: an instant outside the years 1 to 9999, an audit
     * time finer than a microsecond, text with U+0000 on PostgreSQL.
     */
    VALUE_OUT_OF_RANGE("PCT-7009", "a value is outside the range the database stores"),
    /** A schema script failed; the transaction of that version was rolled back where the database allows. */
    MIGRATION_FAILED("PCT-7010", "a schema migration script failed");

    private final String code;
    private final String summary;

    JdbcError(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
