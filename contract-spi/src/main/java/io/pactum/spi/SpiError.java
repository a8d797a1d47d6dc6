package io.pactum.spi;

import io.pactum.core.error.ErrorCode;

/** The error codes of the SPI and the runtime ({@code PCT-6000}–{@code PCT-6999}). */
public enum SpiError implements ErrorCode {
    /** A save named a revision that is no longer the stored one: someone else changed the contract first. */
    REVISION_CONFLICT("PCT-6001", "the contract was changed by someone else; reload and retry"),
    /** No contract with this id in this tenant. */
    CONTRACT_NOT_FOUND("PCT-6002", "contract not found"),
    /** A contract with this id already exists. */
    CONTRACT_EXISTS("PCT-6003", "a contract with this id already exists"),
    /** The access policy does not allow the actor this action on this contract. */
    ACCESS_DENIED("PCT-6004", "the access policy does not allow this action"),
    /** The actor is not known to the directory, or inactive. */
    UNKNOWN_ACTOR("PCT-6005", "the actor is not known to the directory"),
    /** An audit append does not continue the chain (wrong sequence or previous hash): the log is append-only. */
    AUDIT_CHAIN_BROKEN("PCT-6006", "an audit entry does not continue the chain"),
    /** A builder option was set twice, or a required one not at all. */
    BUILDER_OPTION("PCT-6007", "a builder option is set twice or missing"),
    /** A query or page request is malformed (a reversed range, a page size out of bounds). */
    BAD_QUERY("PCT-6008", "the query or page request is malformed"),
    /** A signature outcome does not match the contract (another document, another contract, a status not awaiting it). */
    SIGNATURE_MISMATCH("PCT-6009", "the signature outcome does not match the contract"),
    /** A command argument is malformed (a blank reason, an empty signer list). */
    BAD_ARGUMENT("PCT-6010", "a command argument is malformed"),
    /** No outbox entry with this id. */
    OUTBOX_ENTRY_NOT_FOUND("PCT-6011", "outbox entry not found"),
    /** A malformed access policy. */
    BAD_ACCESS_POLICY("PCT-6012", "the access policy is malformed"),
    /** Content changes only in DRAFT: what approvers approved and signers sign must not move underneath them. */
    NOT_EDITABLE("PCT-6013", "only a draft can be edited; withdraw or revise it first"),
    /** A library version that exists with other content: published versions never change. */
    LIBRARY_VERSION_CONFLICT("PCT-6030", "a library version exists with other content"),
    /** A template, clause, policy or contract type the library does not hold. */
    LIBRARY_ITEM_NOT_FOUND("PCT-6031", "the library holds no such item"),
    /** An approval decision on a contract without an approval process. */
    NO_APPROVAL_PROCESS("PCT-6032", "the contract has no approval process"),
    /** An amendment or renewal of a contract that is not in force. */
    NOT_AMENDABLE("PCT-6033", "only a signed, active or suspended contract is amended or renewed"),
    /** The actor may not change the library. */
    LIBRARY_DENIED("PCT-6034", "the actor holds no library role"),
    /** Execution commands need the obligation ledger that activation with a plan opens, and a contract gets one ledger. */
    OBLIGATION_LEDGER("PCT-6040", "the contract has no obligation ledger, or already has one"),
    /** The obligation key names nothing in the contract's ledger, or an obligation of the wrong kind. */
    OBLIGATION_NOT_FOUND("PCT-6041", "no such obligation of that kind in the contract's ledger"),
    /** A payment above what is outstanding: the ledger never records more paid than scheduled. */
    OVERPAYMENT("PCT-6042", "the payment is more than the amount outstanding"),
    /**
     * An amendment's value or plan the obligation ledger cannot carry: less than is already settled,
     * or a changed amount with no open payment left to take it.
     */
    AMENDMENT_UNSCHEDULABLE("PCT-6043", "the amended value or plan does not fit the payments already settled");

    private final String code;
    private final String summary;

    SpiError(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
