package io.pactum.core.obligation;

import io.pactum.core.error.ValidationException;
import io.pactum.core.obligation.internal.LedgerJson;
import java.util.Objects;

/**
 * Reads and writes {@link ObligationLedger}s as JSON through the strict {@code io.pactum.core.json}
 * kit: the document a runtime stores per contract (version 1).
 *
 * <pre>{@code
 * {"version": 1, "contractId": "c-1",
 *  "plan": {"obligations": [ ...the plan, as ObligationPlans writes it... ]},
 *  "events": [{"event": "DELIVERY_ACCEPTED", "date": "2026-06-15"}],
 *  "obligations": [{"key": "final#0", "definition": "final", "occurrence": 0,
 *                   "amount": {"amount": "60000.00", "currency": "CNY"},
 *                   "scheduledDate": "2026-07-15", "dueDate": "2026-07-15", "status": "DUE",
 *                   "fulfilledAmount": {"amount": "0.00", "currency": "CNY"},
 *                   "history": [{"type": "SCHEDULED", "actor": "u-zhang", "at": "2026-03-01T08:00:00Z",
 *                                "reason": "", "evidence": [], "effectiveDate": "2026-07-15",
 *                                "from": "PENDING", "to": "PENDING"}]}],
 *  "remindedUntil": "2026-07-08T01:00:00.000000001Z", "openAlerts": []}
 * }</pre>
 *
 * Writing and reading back gives an equal ledger. Malformed documents fail with a
 * {@link ValidationException} listing every problem with its JSON pointer; a document that parses
 * but is inconsistent (an obligation twice, a fulfilled amount above the amount, a dated obligation
 * that also waits for an event) fails with {@link ScheduleError#LEDGER_INVALID} at its pointer.
 *
 * <p>Stateless and thread-safe.
 */
public final class ObligationLedgers {

    private ObligationLedgers() {
    }

    /**
     * Reads a ledger.
     *
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static ObligationLedger fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return LedgerJson.read(json);
    }

    /** Writes a ledger, compact, in the form {@link #fromJson(String)} reads. */
    public static String toJson(ObligationLedger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        return LedgerJson.write(ledger);
    }
}
