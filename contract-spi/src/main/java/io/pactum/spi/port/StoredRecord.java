package io.pactum.spi.port;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stored record: a JSON document under a key, its revision and when the runtime wants to look
 * at it again.
 *
 * <p>The revision is the store's: {@code 1} after the first save, one more after each. The
 * {@code wakeAt} instant is an index the runtime sets (for an obligation ledger, the earliest
 * reminder or deadline not yet handled) so that due work reads only the records that can have
 * something due, instead of every record; {@code null} means never.
 *
 * @param key the record's key
 * @param revision the stored revision, at least 1
 * @param body the JSON document, as the runtime wrote it
 * @param wakeAt when the runtime wants to look at this record again, or {@code null}
 */
public record StoredRecord(RecordKey key, long revision, String body, @Nullable Instant wakeAt) {

    /** Checks presence and the revision. */
    public StoredRecord {
        if (key == null || body == null) {
            throw new PactumException(SpiError.BAD_ARGUMENT, key == null ? "key" : "body",
                    "a stored record needs a key and a body");
        }
        if (revision < 1) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "revision", "a stored record's revision is at least 1, not "
                    + revision);
        }
    }

    /** When the runtime wants to look at this record again, if ever. */
    public Optional<Instant> wake() {
        return Optional.ofNullable(wakeAt);
    }
}
