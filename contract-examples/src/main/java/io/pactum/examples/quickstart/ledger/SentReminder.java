package io.pactum.examples.quickstart.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder that went out.
 *
 * @param sentOn the local date it was sent
 * @param contractNumber the contract's number
 * @param obligationKey the obligation it is about
 * @param lead the lead time or escalation step, e.g. {@code P7D} or {@code +P1D}
 * @param recipient who received it (a person or a role)
 * @param channel how, e.g. {@code email}
 */
public record SentReminder(LocalDate sentOn, String contractNumber, String obligationKey, String lead, String recipient,
        String channel) {

    /** Checks that nothing is missing. */
    public SentReminder {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(obligationKey, "obligationKey");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
    }
}
