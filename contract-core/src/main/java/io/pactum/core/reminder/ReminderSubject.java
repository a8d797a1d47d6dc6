package io.pactum.core.reminder;

import io.pactum.core.contract.ContractId;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.Owner;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reminder is about: one dated obligation, identified by a key unique across the host (the
 * contract id and the obligation key), with its due date, its owner and whether it is still open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key unique across the host, for example {@code C-2026-001/final-payment#0}
 * @param dueDate the due date
 * @param owner the obligation's owner
 * @param open whether it still has to be performed; closed ones get no reminders
 */
public record ReminderSubject(String key, LocalDate dueDate, Owner owner, boolean open) {

    /** Checks for null. */
    public ReminderSubject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(owner, "owner");
    }

    /** The subject for an obligation of a contract, empty while the obligation waits for its event. */
    public static Optional<ReminderSubject> of(ContractId contract, Obligation obligation) {
        LocalDate due = obligation.scheduled().dueDate();
        if (due == null) {
            return Optional.empty();
        }
        return Optional.of(new ReminderSubject(contract.value() + "/" + obligation.scheduled().key(), due,
                obligation.scheduled().owner(), obligation.status().isOpen()));
    }
}
