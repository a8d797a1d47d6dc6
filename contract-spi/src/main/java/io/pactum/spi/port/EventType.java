package io.pactum.spi.port;

import java.util.Arrays;
import java.util.Optional;

/**
 * The domain events a host forwards to CRM, ERP, finance, project, e-invoice or archive systems.
 * Each has a stable wire name used in the JSON payload's {@code type}.
 */
public enum EventType {
    /** Approval completed. */
    CONTRACT_APPROVED("contract.approved"),
    /** All signatures recorded. */
    CONTRACT_SIGNED("contract.signed"),
    /** The contract came into force. */
    CONTRACT_ACTIVATED("contract.activated"),
    /** An amendment took effect. */
    CONTRACT_AMENDED("contract.amended"),
    /** The contract was renewed. */
    CONTRACT_RENEWED("contract.renewed"),
    /** The contract was ended early. */
    CONTRACT_TERMINATED("contract.terminated"),
    /** An obligation fell due. */
    OBLIGATION_DUE("obligation.due"),
    /** An obligation is overdue. */
    OBLIGATION_OVERDUE("obligation.overdue"),
    /** An obligation was fulfilled. */
    OBLIGATION_FULFILLED("obligation.fulfilled"),
    /** A payment was received. */
    PAYMENT_RECEIVED("payment.received"),
    /** A payment condition was met: the finance system should issue an invoice. */
    INVOICE_REQUESTED("invoice.requested"),
    /** A risk alert was raised. */
    RISK_ALERT_RAISED("risk.alert.raised"),
    /** A risk alert was resolved. */
    RISK_ALERT_RESOLVED("risk.alert.resolved");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the JSON payload, for example {@code contract.signed}. */
    public String wireName() {
        return wireName;
    }

    /** The event type with this wire name. */
    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
