package io.pactum.tck;

import io.pactum.spi.port.AuditLog;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.UnitOfWork;
import java.util.Objects;

/**
 * The storage ports under test, over one empty store. Usually one adapter implements all five:
 * {@code TckStorage.of(myAdapter)}.
 *
 * <p>Immutable; thread safety is the adapter's.
 *
 * @param contracts the contract store
 * @param records the record store over the same data
 * @param unitOfWork the unit of work over the same data
 * @param outbox the outbox store over the same data
 * @param auditLog the audit log over the same data
 */
public record TckStorage(ContractStore contracts, RecordStore records, UnitOfWork unitOfWork, OutboxStore outbox, AuditLog auditLog) {

    /** Checks presence. */
    public TckStorage {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(auditLog, "auditLog");
    }

    /** The five ports from one adapter that implements them all. */
    public static <S extends ContractStore & RecordStore & UnitOfWork & OutboxStore & AuditLog> TckStorage of(
            S storage) {
        return new TckStorage(storage, storage, storage, storage, storage);
    }
}
