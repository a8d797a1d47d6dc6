package io.pactum.core.obligation;

/** The contract events a due date can be relative to. Immutable and thread-safe. */
public enum EventType {
    /** The contract was signed by the last party. */
    SIGNATURE,
    /** The contract takes effect (defaults to the term's effective date). */
    EFFECTIVE_DATE,
    /** The delivery was accepted. */
    DELIVERY_ACCEPTED,
    /** An invoice was received. */
    INVOICE_RECEIVED,
    /** Another obligation of the plan was fulfilled (named by {@link EventRef#obligationId()}). */
    OBLIGATION_FULFILLED
}
