package io.pactum.core.contract;

/** The role a party plays in a contract. */
public enum PartyRole {
    /** Our own legal entity: the company using Pactum. */
    OWN_ENTITY,
    /** A customer: we sell to them. */
    CUSTOMER,
    /** A supplier: we buy from them. */
    SUPPLIER,
    /** A partner in a cooperation or reseller agreement. */
    PARTNER,
    /** A guarantor of another party's obligations. */
    GUARANTOR,
    /** An agent acting for another party. */
    AGENT,
    /** Any other role. */
    OTHER;

    /** Whether this role is a counterparty of ours (anything but our own entity). */
    public boolean isCounterparty() {
        return this != OWN_ENTITY;
    }
}
