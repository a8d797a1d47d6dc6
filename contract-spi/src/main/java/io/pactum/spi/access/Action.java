package io.pactum.spi.access;

/** What an actor asks to do; the access policy's rules name these. */
public enum Action {
    /** Read a contract. */
    READ,
    /** Create a draft. */
    CREATE,
    /** Change a draft's content. */
    EDIT,
    /** Submit for approval. */
    SUBMIT,
    /** Take back out of approval. */
    WITHDRAW,
    /** Approve. */
    APPROVE,
    /** Reject in approval. */
    REJECT,
    /** Send back to draft to change. */
    REVISE,
    /** Send out for signature. */
    SEND_FOR_SIGNATURE,
    /** Record the e-signature provider's outcome. */
    RECORD_SIGNATURE,
    /** Put in force. */
    ACTIVATE,
    /** Put performance on hold. */
    SUSPEND,
    /** Resume performance. */
    RESUME,
    /** End at the end of term. */
    EXPIRE,
    /** End early. */
    TERMINATE,
    /** Close for good. */
    ARCHIVE,
    /** Record an amendment of a contract in force. */
    AMEND,
    /** Renew a contract in force for its next period. */
    RENEW,
    /** Record that an obligation was fulfilled (a delivery made, a report sent). */
    RECORD_FULFILMENT,
    /** Record a payment against a payment obligation, in full or in part. */
    RECORD_PAYMENT,
    /** Record that the customer accepted the delivery. */
    RECORD_ACCEPTANCE
}
