package io.pactum.spi.port;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;

/**
 * The key of a stored record within a tenant: its kind and an id of 1 to 200 characters without
 * control characters (a contract id, or {@code templateId@version}).
 *
 * @param kind what the record holds
 * @param id the record's id within its kind
 */
public record RecordKey(RecordKind kind, String id) {

    /** The longest id, in chars. */
    public static final int MAX_ID_LENGTH = 200;

    /** Checks presence and the id's form. */
    public RecordKey {
        if (kind == null) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "kind", "a record key needs a kind");
        }
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "id", "a record id must be 1 to " + MAX_ID_LENGTH
                    + " characters without control characters, but is " + (id == null ? "missing" : "'" + id + "'"));
        }
    }

    /** The key of this kind and id. */
    public static RecordKey of(RecordKind kind, String id) {
        return new RecordKey(kind, id);
    }

    @Override
    public String toString() {
        return kind + "/" + id;
    }
}
