package io.pactum.spi.port;

import io.pactum.spi.CallContext;
import io.pactum.spi.audit.AuditCheckpoint;
import io.pactum.spi.audit.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit sink: where the hash-chained audit entries live, per tenant. Entries are appended
 * only through {@link Transaction#appendAudit} in the unit of work of the change they record; this
 * port reads them back for verification and export.
 *
 * <p>An implementation must guarantee: append-only (no update, no delete, no reordering); an
 * entry read back equals the entry appended, field by field, so that its hash still verifies;
 * entries of one tenant are never shown to another.
 *
 * <p>Implementations must be thread-safe.
 */
public interface AuditLog {

    /** The last entry of the tenant's log. */
    Optional<AuditEntry> head(CallContext ctx);

    /**
     * Entries in sequence order.
     *
     * @param ctx the call context (tenant)
     * @param fromSequence the first sequence to return, from 1
     * @param limit how many at most
     */
    List<AuditEntry> read(CallContext ctx, long fromSequence, int limit);

    /** The whole log of the tenant, read page by page. */
    default List<AuditEntry> readAll(CallContext ctx) {
        List<AuditEntry> all = new ArrayList<>();
        long next = 1;
        while (true) {
            List<AuditEntry> page = read(ctx, next, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            next += page.size();
        }
    }

    /** The checkpoint of the log now, to export and keep elsewhere. */
    default AuditCheckpoint checkpoint(CallContext ctx) {
        return head(ctx).map(AuditEntry::checkpoint).orElse(AuditCheckpoint.empty());
    }
}
