package io.pactum.examples.quickstart.ledger;

import io.pactum.rules.risk.Severity;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A risk alert that was raised.
 *
 * @param raisedOn the date it was raised
 * @param contractNumber the contract's number, or {@code -} for a portfolio alert
 * @param severity its severity
 * @param ruleId the rule, e.g. {@code payment-overdue}
 * @param message the explanation shown to people
 */
public record RaisedAlert(LocalDate raisedOn, String contractNumber, Severity severity, String ruleId, String message) {

    /** Checks that nothing is missing. */
    public RaisedAlert {
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
    }
}
