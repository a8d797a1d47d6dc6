package io.pactum.spi.internal;

import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes the next entry of the hash chain. Deliberately independent of
 * {@code io.pactum.spi.audit.AuditVerifier}: same specification (see there), separate code.
 */
public final class AuditChainWriter {

    private AuditChainWriter() {
    }

    /**
     * The entry that follows {@code head} (or starts the log when {@code head} is null).
     *
     * @param head the last entry of the log, or {@code null}
     */
    public static AuditEntry next(@Nullable AuditEntry head, Instant at, String tenant, String actor, String action,
            String contractId, AuditOutcome outcome, @Nullable String before, @Nullable String after, String reason,
            String correlationId) {
        long sequence = head == null ? 1 : head.sequence() + 1;
        String previous = head == null ? AuditEntry.GENESIS_HASH : head.hash();
        // Millisecond precision: every store keeps it, so the hash survives a round trip through a database.
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, "pactum-audit-v1");
            field(out, String.valueOf(sequence));
            field(out, when.toString());
            field(out, tenant);
            field(out, actor);
            field(out, action);
            field(out, contractId);
            field(out, outcome.name());
            field(out, before);
            field(out, after);
            field(out, reason);
            field(out, correlationId);
            field(out, previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = HexFormat.of().formatHex(Fingerprints.sha256(bytes.toByteArray()));
        return new AuditEntry(sequence, when, tenant, actor, action, contractId, outcome, before, after, reason,
                correlationId, previous, hash);
    }

    private static void field(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
