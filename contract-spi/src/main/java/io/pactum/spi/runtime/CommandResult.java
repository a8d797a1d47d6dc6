package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.port.OutboxMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a command did: the contract after it, the audit entry written and the messages put in the
 * outbox. For a dry run nothing is written: the contract is what it would be, with no audit entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contract the contract after the command (as stored, or as it would be for a dry run)
 * @param audit the audit entry written, or {@code null} for a dry run
 * @param messages the messages put in the outbox (for a dry run: that would be)
 * @param dryRun whether this was a dry run
 */
public record CommandResult(Contract contract, @Nullable AuditEntry audit, List<OutboxMessage> messages,
        boolean dryRun) {

    /** Checks presence and copies the messages. */
    public CommandResult {
        Objects.requireNonNull(contract, "contract");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    /** The audit entry written, if any. */
    public Optional<AuditEntry> auditEntry() {
        return Optional.ofNullable(audit);
    }
}
