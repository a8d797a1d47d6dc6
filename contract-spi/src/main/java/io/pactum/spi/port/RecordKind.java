package io.pactum.spi.port;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.util.Objects;

/**
 * What a {@link StoredRecord} holds: one of the aggregates the runtime keeps beside contracts. The
 * name is stored with the record, so it is fixed text: 1 to 40 lower-case letters, digits and
 * {@code -}, starting with a letter.
 *
 * <p>Why one record port rather than a port per aggregate: approval processes, obligation ledgers
 * and library artefacts (templates, clauses, policies, profiles) all need exactly the same thing
 * from storage — a JSON document per key, optimistic locking, and being written in the same unit of
 * work as the contract. One port means an adapter writes one table and the conformance kit tests it
 * once; the documents' JSON forms are Pactum's, with their own schema checks.
 *
 * @param name the kind's stored name
 */
public record RecordKind(String name) {

    /** The state of a contract's approval process, keyed by contract id. */
    public static final RecordKind APPROVAL_PROCESS = new RecordKind("approval-process");
    /** A contract's obligations and their fulfilment, keyed by contract id. */
    public static final RecordKind OBLIGATIONS = new RecordKind("obligations");
    /** A template version, keyed by template id and version. */
    public static final RecordKind TEMPLATE = new RecordKind("template");
    /** A clause with its versions and variants, keyed by clause id. */
    public static final RecordKind CLAUSE = new RecordKind("clause");
    /** An approval policy, keyed by policy id. */
    public static final RecordKind APPROVAL_POLICY = new RecordKind("approval-policy");
    /** A risk profile, keyed by contract type. */
    public static final RecordKind RISK_PROFILE = new RecordKind("risk-profile");
    /** A reminder policy, keyed by policy id. */
    public static final RecordKind REMINDER_POLICY = new RecordKind("reminder-policy");
    /** The document composed from a template for a contract, keyed by contract id. */
    public static final RecordKind DOCUMENT = new RecordKind("document");
    /** The effective-dated versions of a contract's terms (amendments, renewals), keyed by contract id. */
    public static final RecordKind TERMS_HISTORY = new RecordKind("terms-history");
    /** A contract type definition, keyed by type id. */
    public static final RecordKind CONTRACT_TYPE = new RecordKind("contract-type");

    /** Checks the name's form. */
    public RecordKind {
        Objects.requireNonNull(name, "kind");
        if (name.isEmpty() || name.length() > 40 || !name.matches("[a-z][a-z0-9-]*")) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "kind",
                    "record kind must be 1 to 40 lower-case letters, digits and -, starting with a letter, but is '"
                            + name + "'");
        }
    }

    /** The kind with this name. */
    public static RecordKind of(String name) {
        return new RecordKind(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
